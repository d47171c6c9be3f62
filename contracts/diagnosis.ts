// POST /api/diagnose: the account snapshot plus what the user told us, in; findings, out.
import type { AccountSnapshot } from "./accountSnapshot.js";
import type { ProviderSummary } from "./providers.js";
import type { Locale } from "./locales.js";

export type Severity = "ok" | "info" | "warning" | "error";

/** Steps of the repair wizard a finding can point to. */
export const FIX_IDS = [
  "backup-pst",
  "test-webmail",
  "readd-account",
  "new-profile",
  "migrate-pst",
  "enable-imap",
  "update-office",
  "troubleshoot",
] as const;
export type FixId = (typeof FIX_IDS)[number];

export interface DiagnoseAnswers {
  /** "I used to read this account over POP3." */
  usedPop3?: boolean;
  /** "I have .pst data files with mail in them." */
  hasPstFiles?: boolean;
  /** false: "Outlook does not open at all / cannot add the account". */
  outlookOpens?: boolean;
  /** "I want to read this account in another app (Thunderbird, Apple Mail, a phone)." */
  wantsThirdPartyClient?: boolean;
}

export interface DiagnoseRequest {
  snapshot: AccountSnapshot;
  /** The address to diagnose when the snapshot has none (standalone). */
  email?: string;
  answers?: DiagnoseAnswers;
  locale?: Locale;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  fixId?: FixId;
}

export interface DiagnoseResponse {
  locale: Locale;
  email: string | null;
  provider: ProviderSummary | null;
  findings: Finding[];
}
