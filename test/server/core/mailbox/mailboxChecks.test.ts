import assert from "node:assert/strict";
import { MAILBOX_CHECKS } from "../../../../server/core/mailbox/mailboxChecks.js";
import { mailbox, NOW, GiB } from "./mailboxFixture.js";

describe("every mailbox check (server/core/mailbox/mailboxChecks)", () => {
  it("runs reachable, storage, delivery, rules then settings, in display order", () => {
    const data = mailbox({ mailboxSettings: { automaticRepliesSetting: { status: "scheduled" } } });
    assert.deepEqual(
      MAILBOX_CHECKS.flatMap((check) => check({ data, now: NOW, quotaBytes: 15 * GiB })).map(
        (finding) => finding.id
      ),
      [
        "mailbox.reachable",
        "mailbox.storage.ok",
        "mailbox.delivery.recent",
        "mailbox.rules.ok",
        "mailbox.settings.autoReplyOn",
      ]
    );
  });
});
