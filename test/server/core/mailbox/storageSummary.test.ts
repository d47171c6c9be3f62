import assert from "node:assert/strict";
import { storageSummary } from "../../../../server/core/mailbox/storageSummary.js";
import { storage } from "../../../../server/core/mailbox/checks/storage.js";
import { folder, GiB, mailbox, MiB, run } from "./mailboxFixture.js";

describe("where the space goes (server/core/mailbox/storageSummary)", () => {
  const data = mailbox({
    folders: [
      folder("Inbox", 3 * GiB, { wellKnownName: "inbox" }),
      folder("Deleted Items", 1 * GiB, { wellKnownName: "deleteditems" }),
      folder("Archive", null),
      // Its messages are those above, found again: counting it would count them twice.
      folder("Large mail", 5 * GiB, { kind: "search" }),
    ],
  });

  it("counts mail folders only: a search folder adds nothing to the space used", () => {
    assert.equal(storageSummary(data, 15 * GiB).usedBytes, 4 * GiB);
  });

  it("never lists a search folder among the biggest folders", () => {
    assert.deepEqual(
      storageSummary(data, 15 * GiB).biggest.map((entry) => entry.name),
      ["Inbox", "Deleted Items"]
    );
  });

  it("counts unknown sizes among mail folders only", () => {
    const withUnsizedSearch = mailbox({
      folders: [...data.folders, folder("Unread", null, { kind: "search" })],
    });
    assert.equal(storageSummary(withUnsizedSearch, 15 * GiB).unknownSizes, 1);
  });

  it("does not call a mailbox full because of its search folders", () => {
    const [finding] = run(storage, data, 8 * GiB);
    assert.equal(finding!.id, "mailbox.storage.ok", "4 of 8 GB, not 9 of 8");
  });

  it("gives the quota it was asked about back, for the chart", () => {
    assert.equal(storageSummary(data, 15 * GiB).quotaBytes, 15 * GiB);
  });

  it("lists the six biggest folders, biggest first, with their sizes and item counts", () => {
    const sizes = [5, 70, 30, 1, 90, 40, 60, 2];
    const summary = storageSummary(
      mailbox({
        folders: sizes.map((size, index) =>
          folder(`Folder ${size}`, size * MiB, { totalItemCount: index * 100 })
        ),
      }),
      15 * GiB
    );
    assert.deepEqual(summary.biggest, [
      { name: "Folder 90", sizeBytes: 90 * MiB, items: 400 },
      { name: "Folder 70", sizeBytes: 70 * MiB, items: 100 },
      { name: "Folder 60", sizeBytes: 60 * MiB, items: 600 },
      { name: "Folder 40", sizeBytes: 40 * MiB, items: 500 },
      { name: "Folder 30", sizeBytes: 30 * MiB, items: 200 },
      { name: "Folder 5", sizeBytes: 5 * MiB, items: 0 },
    ]);
    assert.equal(summary.usedBytes, 298 * MiB, "all eight folders count toward the space used");
  });

  it("offers Deleted Items and Junk Email as reclaimable, each with its size", () => {
    const summary = storageSummary(
      mailbox({
        folders: [
          folder("Inbox", 3 * GiB, { wellKnownName: "inbox" }),
          folder("Courrier indésirable", 20 * MiB, { wellKnownName: "junkemail" }),
          folder("Archive", 2 * GiB, { wellKnownName: "archive" }),
          folder("Éléments supprimés", 300 * MiB, { wellKnownName: "deleteditems" }),
        ],
      }),
      15 * GiB
    );
    assert.deepEqual(summary.reclaimable, [
      { name: "Courrier indésirable", wellKnownName: "junkemail", sizeBytes: 20 * MiB },
      { name: "Éléments supprimés", wellKnownName: "deleteditems", sizeBytes: 300 * MiB },
    ]);
  });

  it("leaves out of what can be reclaimed a folder whose size is unknown", () => {
    const summary = storageSummary(
      mailbox({ folders: [folder("Deleted Items", null, { wellKnownName: "deleteditems" })] }),
      15 * GiB
    );
    assert.deepEqual(summary.reclaimable, []);
    assert.equal(summary.unknownSizes, 1);
    assert.equal(summary.usedBytes, 0);
  });

  it("describes an empty folder list as nothing used and nothing unknown", () => {
    assert.deepEqual(storageSummary(mailbox({ folders: [] }), 15 * GiB), {
      usedBytes: 0,
      quotaBytes: 15 * GiB,
      biggest: [],
      reclaimable: [],
      unknownSizes: 0,
    });
  });
});
