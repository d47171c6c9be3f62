import assert from "node:assert/strict";
import { reachable } from "../../../../../server/core/mailbox/checks/reachable.js";
import { mailbox, run, UNAVAILABLE_REASONS } from "../mailboxFixture.js";

describe("mailbox reachable check (server/core/mailbox/checks/reachable)", () => {
  it("says the mailbox answers, with its address as Graph reports it", () => {
    assert.deepEqual(
      run(reachable, mailbox({ user: { displayName: "Marie", mail: "Marie.Dupont@outlook.fr" } })),
      [{ id: "mailbox.reachable", severity: "ok", params: { address: "Marie.Dupont@outlook.fr" } }]
    );
  });

  it("warns that the mailbox could not be reached, and why, when the user could not be read", () => {
    for (const unavailable of UNAVAILABLE_REASONS)
      assert.deepEqual(
        run(reachable, mailbox({ user: { unavailable } })),
        [{ id: `mailbox.unreachable.${unavailable}`, severity: "warning" }],
        unavailable
      );
  });
});
