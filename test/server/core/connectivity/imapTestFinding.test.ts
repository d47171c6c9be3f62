import assert from "node:assert/strict";
import { imapTestFinding } from "../../../../server/core/connectivity/imapTestFinding.js";

const params = { email: "marie@hotmail.fr", server: "outlook.office365.com" };
const finding = (result: Parameters<typeof imapTestFinding>[2]) =>
  imapTestFinding(params.email, params.server, result);

describe("the IMAP sign-in test as a finding (server/core/connectivity/imapTestFinding)", () => {
  it("says IMAP works when the sign-in succeeded", () => {
    assert.deepEqual(finding("works"), { id: "imap.works", severity: "ok", params });
  });

  it("warns that IMAP is switched off, with the fix that turns it on", () => {
    assert.deepEqual(finding("imap-off"), {
      id: "imap.off",
      severity: "warning",
      fixId: "enable-imap",
      params,
    });
  });

  it("calls a refused sign-in an error", () => {
    assert.deepEqual(finding("refused"), { id: "imap.refused", severity: "error", params });
  });

  it("warns that the server could not be reached", () => {
    assert.deepEqual(finding("unreachable"), {
      id: "imap.unreachable",
      severity: "warning",
      params,
    });
  });
});
