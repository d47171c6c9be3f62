import type { FindingDraft } from "../../diagnosis/check.js";
import type { MailboxCheck } from "../mailboxCheck.js";
import { storageSummary } from "../storageSummary.js";

/** A full mailbox stops receiving mail, which looks exactly like a connection problem. */
export const storage: MailboxCheck = ({ data, quotaBytes }) => {
  const summary = storageSummary(data, quotaBytes);
  const percent = Math.round((summary.usedBytes / quotaBytes) * 100);
  const params = {
    used: { bytes: summary.usedBytes },
    quota: { bytes: quotaBytes },
    percent: { percent: percent / 100 },
    biggest: {
      folders: summary.biggest
        .slice(0, 3)
        .map((folder) => ({ name: folder.name, bytes: folder.sizeBytes })),
    },
  };
  const drafts: FindingDraft[] = [
    {
      id:
        percent >= 90
          ? "mailbox.storage.full"
          : percent >= 75
            ? "mailbox.storage.high"
            : "mailbox.storage.ok",
      severity: percent >= 90 ? "error" : percent >= 75 ? "warning" : "ok",
      params,
    },
  ];
  const reclaimable = summary.reclaimable.reduce((total, folder) => total + folder.sizeBytes, 0);
  if (reclaimable >= 50 * 1024 * 1024) {
    drafts.push({
      id: "mailbox.storage.cleanup",
      severity: percent >= 75 ? "warning" : "info",
      params: { ...params, reclaimable: { bytes: reclaimable } },
    });
  }
  if (data.foldersIncomplete)
    drafts.push({ id: "mailbox.storage.incomplete", severity: "info", params });
  return drafts;
};
