// POST /api/mailbox/diagnose: findings from the mailbox itself (through Graph) and where its space goes.
import type { Finding } from "./diagnosis.js";
import type { Locale } from "./locales.js";

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
}
