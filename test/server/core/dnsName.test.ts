import assert from "node:assert/strict";
import { dnsName } from "../../../server/core/dnsName.js";

describe("host names the way DNS compares them (server/core/dnsName)", () => {
  it("ignores case and the root's trailing dot", () => {
    assert.equal(dnsName("MX1.Mail.OVH.net."), "mx1.mail.ovh.net");
    assert.equal(dnsName("mx1.mail.ovh.net"), "mx1.mail.ovh.net");
  });

  it('the root alone ("." or "", as resolvers write a null MX or SRV target) is no host: ""', () => {
    assert.equal(dnsName("."), "");
    assert.equal(dnsName(""), "");
  });
});
