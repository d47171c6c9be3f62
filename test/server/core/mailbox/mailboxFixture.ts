// A mailbox as Graph reads it, healthy unless a test says otherwise: the checks' specifications
// change one part at a time.
import type {
  FolderInfo,
  MailboxData,
  RuleInfo,
} from "../../../../server/core/mailbox/mailboxData.js";
import type { MailboxCheck } from "../../../../server/core/mailbox/mailboxCheck.js";

export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;

/** Thursday 26 November 2026, noon UTC: the time every check is run at. */
export const NOW = new Date("2026-11-26T12:00:00Z");

export const folder = (
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

export const rule = (displayName: string, extra: Partial<RuleInfo> = {}): RuleInfo => ({
  id: displayName,
  displayName,
  isEnabled: true,
  hasError: false,
  actions: { moveToFolder: "AAMkAD-archive", stopProcessingRules: true },
  ...extra,
});

/** Graph's recipient shape, as in a rule's forwardTo/redirectTo/forwardAsAttachmentTo. */
export const recipient = (address: string, name = address) => ({
  emailAddress: { name, address },
});

export const mailbox = (parts: Partial<MailboxData> = {}): MailboxData => ({
  user: { displayName: "Marie Dupont", mail: "marie@hotmail.fr" },
  folders: [folder("Inbox", 100 * MiB, { wellKnownName: "inbox" })],
  foldersIncomplete: false,
  newestInboxMessage: { receivedDateTime: "2026-11-26T09:00:00Z" },
  rules: [],
  mailboxSettings: { automaticRepliesSetting: { status: "disabled" } },
  ...parts,
});

/** Runs one check on a mailbox, at NOW, against a 15 GiB quota unless told otherwise. */
export const run = (check: MailboxCheck, data: MailboxData, quotaBytes = 15 * GiB) =>
  check({ data, now: NOW, quotaBytes });

export const UNAVAILABLE_REASONS = ["throttled", "denied", "error"] as const;
