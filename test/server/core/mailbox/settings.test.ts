import assert from "node:assert/strict";
import type { MailboxData } from "../../../../server/core/mailbox/mailboxData.js";
import { settings } from "../../../../server/core/mailbox/checks/settings.js";

const withAutoReply = (status: unknown): MailboxData => ({
  user: { displayName: "Marie", mail: "marie@hotmail.fr" },
  folders: [],
  foldersIncomplete: false,
  newestInboxMessage: { receivedDateTime: null },
  rules: [],
  mailboxSettings: { automaticRepliesSetting: { status } },
});

const ids = (status: unknown) =>
  settings({ data: withAutoReply(status), now: new Date(), quotaBytes: 1 }).map(
    (finding) => finding.id
  );

describe("mailbox settings check (server/core/mailbox/checks/settings)", () => {
  it("says an automatic reply is on, whichever case Graph writes its status in", () => {
    // Graph's schema has "alwaysEnabled"/"scheduled"; its documentation shows "Scheduled".
    for (const status of ["alwaysEnabled", "scheduled", "Scheduled", "AlwaysEnabled"])
      assert.deepEqual(ids(status), ["mailbox.settings.autoReplyOn"], status);
  });

  it("says nothing when it is off, written 'disabled' or 'Disabled', or when the status is missing", () => {
    for (const status of ["disabled", "Disabled", undefined, null, 3])
      assert.deepEqual(ids(status), [], String(status));
  });
});
