import assert from "node:assert/strict";
import type { FolderInfo } from "../../../../../server/core/mailbox/mailboxData.js";
import { storage } from "../../../../../server/core/mailbox/checks/storage.js";
import { folder, mailbox, MiB, run } from "../mailboxFixture.js";

const QUOTA = 1000 * MiB;

/** The storage check on a 1000 MiB mailbox holding these folders. */
const check = (folders: FolderInfo[], foldersIncomplete = false) =>
  run(storage, mailbox({ folders, foldersIncomplete }), QUOTA);

/** The first finding's id and severity for an inbox of `used` MiB (nothing to clean up). */
const level = (used: number) => {
  const [finding] = check([folder("Inbox", used * MiB, { wellKnownName: "inbox" })]);
  return `${finding!.id} ${finding!.severity}`;
};

describe("mailbox storage check (server/core/mailbox/checks/storage)", () => {
  it("reports the space used, the quota, the share used and the three biggest folders", () => {
    assert.deepEqual(
      check([
        folder("Inbox", 200 * MiB, { wellKnownName: "inbox" }),
        folder("Photos", 120 * MiB),
        folder("Sent Items", 60 * MiB, { wellKnownName: "sentitems" }),
        folder("Drafts", 20 * MiB, { wellKnownName: "drafts" }),
      ]),
      [
        {
          id: "mailbox.storage.ok",
          severity: "ok",
          params: {
            used: { bytes: 400 * MiB },
            quota: { bytes: QUOTA },
            percent: { percent: 0.4 },
            biggest: {
              folders: [
                { name: "Inbox", bytes: 200 * MiB },
                { name: "Photos", bytes: 120 * MiB },
                { name: "Sent Items", bytes: 60 * MiB },
              ],
            },
          },
        },
      ]
    );
  });

  it("gives the share used in whole percent", () => {
    const [finding] = check([folder("Inbox", 123.4 * MiB)]);
    assert.deepEqual(finding!.params!.percent, { percent: 0.12 });
  });

  it("warns from 75 % used (rounded), and calls the mailbox full from 90 %", () => {
    assert.deepEqual([744, 749, 750, 894, 899, 900, 1000, 1200].map(level), [
      "mailbox.storage.ok ok",
      "mailbox.storage.high warning",
      "mailbox.storage.high warning",
      "mailbox.storage.high warning",
      "mailbox.storage.full error",
      "mailbox.storage.full error",
      "mailbox.storage.full error",
      "mailbox.storage.full error",
    ]);
  });

  it("suggests emptying Deleted Items and Junk Email once together they hold 50 MiB", () => {
    const findings = check([
      folder("Inbox", 300 * MiB, { wellKnownName: "inbox" }),
      folder("Deleted Items", 30 * MiB, { wellKnownName: "deleteditems" }),
      folder("Junk Email", 20 * MiB, { wellKnownName: "junkemail" }),
    ]);
    assert.deepEqual(findings[1], {
      id: "mailbox.storage.cleanup",
      severity: "info",
      params: { ...findings[0]!.params, reclaimable: { bytes: 50 * MiB } },
    });
    assert.equal(findings.length, 2);
  });

  it("does not suggest a cleanup that would free less than 50 MiB", () => {
    const findings = check([
      folder("Inbox", 300 * MiB, { wellKnownName: "inbox" }),
      folder("Deleted Items", 30 * MiB, { wellKnownName: "deleteditems" }),
      folder("Junk Email", 20 * MiB - 1, { wellKnownName: "junkemail" }),
    ]);
    assert.deepEqual(
      findings.map((finding) => finding.id),
      ["mailbox.storage.ok"]
    );
  });

  it("makes the cleanup a warning once the mailbox is 75 % used", () => {
    const cleanup = (inbox: number) =>
      check([
        folder("Inbox", inbox * MiB, { wellKnownName: "inbox" }),
        folder("Deleted Items", 100 * MiB, { wellKnownName: "deleteditems" }),
      ])[1]!;
    assert.equal(cleanup(644).severity, "info", "744 MiB: 74 %");
    assert.equal(cleanup(649).severity, "warning", "749 MiB: 75 % once rounded");
    assert.equal(cleanup(650).severity, "warning", "750 MiB: 75 %");
    assert.equal(cleanup(850).severity, "warning", "950 MiB: full");
  });

  it("says some folders could not be counted when folder levels could not be listed", () => {
    const findings = check([folder("Inbox", 300 * MiB, { wellKnownName: "inbox" })], true);
    assert.deepEqual(findings[1], {
      id: "mailbox.storage.incomplete",
      severity: "info",
      params: findings[0]!.params,
    });
    assert.equal(findings.length, 2);
  });
});
