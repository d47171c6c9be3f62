// POST /api/mailbox/diagnose: findings from the mailbox itself (through Graph) and where its space goes.
import type { Finding } from "./diagnosis.js";
import type { Locale } from "./locales.js";
import type { FolderNames } from "./wellKnownFolders.js";

export interface StorageSummary {
  usedBytes: number;
  quotaBytes: number;
  biggest: { name: string; sizeBytes: number; items: number }[];
  reclaimable: { name: string; wellKnownName: string; sizeBytes: number }[];
  unknownSizes: number;
}

export interface MailboxDiagnosis {
  locale: Locale;
  findings: Finding[];
  storage: StorageSummary;
  /** The well-known folders' names in this mailbox's language ("Boîte de réception"), as Graph lists them. */
  folderNames: Partial<FolderNames>;
  /** The mailbox's address as Graph reports it (the demo mailbox's in demo mode); null if unread. */
  address: string | null;
}
