// What the mailbox checks look at: plain data read from Graph (server/graph/readMailbox.ts). A part
// that could not be read carries why, so its check can say "could not check" instead of failing.

export type Unavailable = { unavailable: "throttled" | "denied" | "error" };

export interface FolderInfo {
  id: string;
  displayName: string;
  parentFolderId: string;
  /**
   * mail: a folder that holds its messages · search: a mail search folder (a saved search such as
   * "Large mail"), whose counts and size are of messages that live in other folders.
   */
  kind: "mail" | "search";
  /** Well-known role when we asked for it (inbox, deleteditems, junkemail, …). */
  wellKnownName: string | null;
  totalItemCount: number;
  /** From the Long 0x0E08 extended property; this folder only, subfolders excluded. */
  sizeBytes: number | null;
}

export interface RuleInfo {
  id: string;
  displayName: string;
  isEnabled: boolean;
  hasError: boolean;
  actions: Record<string, unknown>;
}

export interface MailboxData {
  user: { displayName: string; mail: string } | Unavailable;
  folders: FolderInfo[];
  /** true when some folder levels could not be listed. */
  foldersIncomplete: boolean;
  newestInboxMessage: { receivedDateTime: string | null } | Unavailable;
  rules: RuleInfo[] | Unavailable;
  mailboxSettings: Record<string, unknown> | Unavailable;
}

export const isUnavailable = (value: unknown): value is Unavailable =>
  typeof value === "object" && value !== null && "unavailable" in value;
