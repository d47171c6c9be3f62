import assert from "node:assert/strict";
import { outlookDoesNotOpen } from "../../../../../server/core/diagnosis/checks/outlookDoesNotOpen.js";
import { parseEmail } from "../../../../../server/core/providers/lookup.js";
import { catalogProvider, facts } from "./facts.js";

describe("check outlookDoesNotOpen: a new profile when Outlook will not open or take the account", () => {
  const finding = [{ id: "outlookDoesNotOpen", severity: "warning", fixId: "new-profile" }];
  const closed = { outlookOpens: false };

  it("suggests a new profile for a Microsoft mailbox, or when no address is known yet", () => {
    assert.deepEqual(outlookDoesNotOpen(facts({ answers: closed })), finding);
    assert.deepEqual(
      outlookDoesNotOpen(
        facts({
          answers: closed,
          address: parseEmail("marie@hotmail.fr"),
          provider: catalogProvider("microsoft-consumer"),
        })
      ),
      finding
    );
  });

  it("not for another provider: its text is about leaving POP for Microsoft's modern sign-in", () => {
    const orange = {
      address: parseEmail("jean@orange.fr"),
      provider: catalogProvider("orange"),
    };
    assert.deepEqual(outlookDoesNotOpen(facts({ answers: closed, ...orange })), []);
  });

  it("silent when Outlook opens, or when the user did not say", () => {
    assert.deepEqual(outlookDoesNotOpen(facts({ answers: { outlookOpens: true } })), []);
    assert.deepEqual(outlookDoesNotOpen(facts({ answers: {} })), []);
  });
});
