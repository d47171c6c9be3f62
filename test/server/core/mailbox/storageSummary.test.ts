import assert from "node:assert/strict";
import type { FolderInfo, MailboxData } from "../../../../server/core/mailbox/mailboxData.js";
import { storageSummary } from "../../../../server/core/mailbox/storageSummary.js";
import { storage } from "../../../../server/core/mailbox/checks/storage.js";

const GB = 1024 ** 3;

const folder = (
  displayName: string,
  sizeBytes: number | null,
  extra: Partial<FolderInfo> = {}
): FolderInfo => ({
  id: displayName,
  displayName,
  parentFolderId: "root",
  kind: "mail",
  wellKnownName: null,
  totalItemCount: 10,
  sizeBytes,
  ...extra,
});

const mailbox = (folders: FolderInfo[]): MailboxData => ({
  user: { displayName: "Marie", mail: "marie@hotmail.fr" },
  folders,
  foldersIncomplete: false,
  newestInboxMessage: { receivedDateTime: null },
  rules: [],
  mailboxSettings: {},
});

describe("where the space goes (server/core/mailbox/storageSummary)", () => {
  const data = mailbox([
    folder("Inbox", 3 * GB, { wellKnownName: "inbox" }),
    folder("Deleted Items", 1 * GB, { wellKnownName: "deleteditems" }),
    folder("Archive", null),
    // Its messages are those above, found again: counting it would count them twice.
    folder("Large mail", 5 * GB, { kind: "search" }),
  ]);

  it("counts mail folders only: a search folder adds nothing to the space used", () => {
    assert.equal(storageSummary(data, 15 * GB).usedBytes, 4 * GB);
  });

  it("never lists a search folder among the biggest folders", () => {
    assert.deepEqual(
      storageSummary(data, 15 * GB).biggest.map((entry) => entry.name),
      ["Inbox", "Deleted Items"]
    );
  });

  it("counts unknown sizes among mail folders only", () => {
    const withUnsizedSearch = mailbox([
      ...data.folders,
      folder("Unread", null, { kind: "search" }),
    ]);
    assert.equal(storageSummary(withUnsizedSearch, 15 * GB).unknownSizes, 1);
  });

  it("does not call a mailbox full because of its search folders", () => {
    const [finding] = storage({ data, now: new Date(), quotaBytes: 8 * GB });
    assert.equal(finding!.id, "mailbox.storage.ok", "4 of 8 GB, not 9 of 8");
  });
});
