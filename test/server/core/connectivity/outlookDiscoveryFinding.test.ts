import assert from "node:assert/strict";
import { outlookDiscoveryFinding } from "../../../../server/core/connectivity/outlookDiscoveryFinding.js";

const email = "marie@contoso.fr";
const url = "https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml";

describe("what classic Outlook will do, as a finding (server/core/connectivity/outlookDiscoveryFinding)", () => {
  it("says Outlook sets the address up as Exchange, with the URL it is given", () => {
    assert.deepEqual(outlookDiscoveryFinding(email, "exchange", url), {
      id: "outlook.exchange",
      severity: "ok",
      params: { email, url },
    });
  });

  it("warns that Outlook is sent elsewhere, with where", () => {
    const onPremises = "https://mail.contoso.fr/autodiscover/autodiscover.xml";
    assert.deepEqual(outlookDiscoveryFinding(email, "elsewhere", onPremises), {
      id: "outlook.elsewhere",
      severity: "warning",
      params: { email, url: onPremises },
    });
  });

  it("gives an empty URL rather than none when Autodiscover named none", () => {
    assert.deepEqual(outlookDiscoveryFinding(email, "exchange", null).params, { email, url: "" });
    assert.deepEqual(outlookDiscoveryFinding(email, "elsewhere", null).params, { email, url: "" });
  });

  it("warns that Microsoft knows no mailbox for the address", () => {
    assert.deepEqual(outlookDiscoveryFinding(email, "not-found", null), {
      id: "outlook.notFound",
      severity: "warning",
      params: { email },
    });
  });

  it("says, as an info, that Microsoft could not be asked", () => {
    assert.deepEqual(outlookDiscoveryFinding(email, "unreachable", null), {
      id: "outlook.unreachable",
      severity: "info",
      params: { email },
    });
  });
});
