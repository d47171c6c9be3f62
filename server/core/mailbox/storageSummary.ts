// Where the space goes: total used, the biggest folders, and what emptying Deleted Items and Junk
// would free. Feeds both the storage check and the taskpane's chart (and the migration planner's free
// space). Search folders are left out: their messages are counted where they live.
import type { StorageSummary } from "@contracts/mailbox.js";
import type { FolderInfo, MailboxData } from "./mailboxData.js";

type SizedFolder = FolderInfo & { sizeBytes: number };

export function storageSummary(data: MailboxData, quotaBytes: number): StorageSummary {
  const mailFolders = data.folders.filter((folder) => folder.kind === "mail");
  const sized = mailFolders.filter((folder): folder is SizedFolder => folder.sizeBytes !== null);
  return {
    usedBytes: sized.reduce((total, folder) => total + folder.sizeBytes, 0),
    quotaBytes,
    biggest: [...sized]
      .sort((a, b) => b.sizeBytes - a.sizeBytes)
      .slice(0, 6)
      .map((folder) => ({
        name: folder.displayName,
        sizeBytes: folder.sizeBytes,
        items: folder.totalItemCount,
      })),
    reclaimable: sized
      .filter(
        (folder) => folder.wellKnownName === "deleteditems" || folder.wellKnownName === "junkemail"
      )
      .map((folder) => ({
        name: folder.displayName,
        wellKnownName: folder.wellKnownName!,
        sizeBytes: folder.sizeBytes,
      })),
    unknownSizes: mailFolders.length - sized.length,
  };
}
