// Well-known folders by their names in the rule model and in Graph, and as people see them. A rule's
// folder path may start with "Inbox" (whatever the mailbox's language): the taskpane shows it in the
// mailbox's own language, and every format is compiled from the same model.
import type { Locale } from "./locales.js";

export const WELL_KNOWN_FOLDERS = [
  "inbox",
  "sentitems",
  "drafts",
  "deleteditems",
  "junkemail",
  "archive",
] as const;
export type WellKnownFolder = (typeof WELL_KNOWN_FOLDERS)[number];

/** How each well-known folder is called, in the mailbox (Graph's display names) or by default. */
export type FolderNames = Record<WellKnownFolder, string>;

/** Outlook's own default names in each language (Outlook.com and Exchange Online). */
export const DEFAULT_FOLDER_NAMES: Record<Locale, FolderNames> = {
  en: {
    inbox: "Inbox",
    sentitems: "Sent Items",
    drafts: "Drafts",
    deleteditems: "Deleted Items",
    junkemail: "Junk Email",
    archive: "Archive",
  },
  fr: {
    inbox: "Boîte de réception",
    sentitems: "Éléments envoyés",
    drafts: "Brouillons",
    deleteditems: "Éléments supprimés",
    junkemail: "Courrier indésirable",
    archive: "Archive",
  },
};

/** The rule model's name for the inbox at the head of a folder path. */
export const INBOX_IN_RULES = "Inbox";

/** ["Inbox", "Gmail"] → "Boîte de réception/Gmail" for a French mailbox. */
export function displayFolderPath(path: readonly string[], names: FolderNames): string {
  const [first, ...rest] = path;
  if (first === undefined) return "";
  return [first.toLowerCase() === INBOX_IN_RULES.toLowerCase() ? names.inbox : first, ...rest].join(
    "/"
  );
}

/** "Boîte de réception/Gmail" (or "Inbox/Gmail") → ["Inbox", "Gmail"]: the inbox in any known language. */
export function parseFolderPath(text: string, names: FolderNames): string[] {
  const path = text
    .split("/")
    .map((segment) => segment.trim())
    .filter(Boolean);
  const first = path[0]?.toLowerCase();
  const inboxNames = [
    names.inbox,
    ...Object.values(DEFAULT_FOLDER_NAMES).map((locale) => locale.inbox),
  ];
  if (first !== undefined && inboxNames.some((name) => name.toLowerCase() === first))
    path[0] = INBOX_IN_RULES;
  return path;
}
