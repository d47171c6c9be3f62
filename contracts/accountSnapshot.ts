// The account snapshot: what the taskpane knows about the account and the Outlook host, as plain data.
// It is produced by addin/src/office/accountSnapshot.ts (the only code that reads Office.js) and is what
// the add-in sends to the API. Keeping it a plain, serialisable object is what lets the server and the
// tests reason about an account without an Office host.

/** Where the app runs: inside an Outlook host, or as a web page in a plain browser. */
export type RunMode = "outlook" | "standalone";

/** Office.js `Office.HostType` / `Office.PlatformType` values, kept as strings. */
export interface HostInfo {
  /** e.g. "Outlook", or null when standalone. */
  name: string | null;
  /** e.g. "16.0.17928.20114" (classic), "16.0" (new Outlook / web). */
  version: string | null;
  /** e.g. "PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal". */
  platform: string | null;
}

export interface RequirementSetSupport {
  name: "Mailbox";
  version: string;
  supported: boolean;
}

/** Office.js `userProfile.accountType` values (Mailbox 1.6+), as Office documents them. */
export const ACCOUNT_TYPES = ["enterprise", "gmail", "office365", "outlookCom"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const isAccountType = (value: unknown): value is AccountType =>
  (ACCOUNT_TYPES as readonly unknown[]).includes(value);

export interface AccountSnapshot {
  mode: RunMode;
  emailAddress: string | null;
  displayName: string | null;
  /** null outside Outlook, on hosts older than Mailbox 1.6, or for a value Office added since. */
  accountType: AccountType | null;
  host: HostInfo;
  /** BCP 47 tag Office reports for its UI (or the browser's language when standalone). */
  displayLanguage: string;
  requirementSets: RequirementSetSupport[];
}

/** Mailbox requirement sets the snapshot probes; the manifest's minimum is the first. */
export const MAILBOX_REQUIREMENT_SETS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
] as const;
