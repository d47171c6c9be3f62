// Whether an inbox rule already in the mailbox means the same as one we would create: compared the
// way Exchange reads rules, not as JSON text. Names, words and categories ignore case (Graph returns
// "…Contains" strings upper-cased), addresses ignore case and the name Graph adds, list order and
// repeats do not matter, a false condition or action is one not used (as New-InboxRule's
// -HasAttachment $false), and what the server adds or the user may change without changing what the
// rule does (id, sequence, isEnabled, isReadOnly, hasError) is not compared. Folder actions compare
// folder ids: ours are resolved from paths in the same mailbox before comparing.

export interface RuleLike {
  displayName?: unknown;
  sequence?: unknown;
  conditions?: unknown;
  exceptions?: unknown;
  actions?: unknown;
}

const RECIPIENT_LISTS = new Set([
  "fromAddresses",
  "sentToAddresses",
  "forwardTo",
  "forwardAsAttachmentTo",
  "redirectTo",
]);
const FOLDER_ACTIONS = new Set(["moveToFolder", "copyToFolder"]);

/** Case-insensitive form of a text, the same whichever way the server cased it. */
export const foldCase = (text: string): string => text.normalize("NFC").toUpperCase();

function addressOf(recipient: unknown): string {
  const address = (recipient as { emailAddress?: { address?: unknown } } | null)?.emailAddress
    ?.address;
  return typeof address === "string" ? address.trim().toLowerCase() : JSON.stringify(recipient);
}

const sortedUnique = (values: string[]) => JSON.stringify([...new Set(values)].sort());

function meaningOf(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return RECIPIENT_LISTS.has(key)
      ? sortedUnique(value.map(addressOf))
      : sortedUnique(
          value.map((item) => (typeof item === "string" ? foldCase(item) : JSON.stringify(item)))
        );
  }
  if (typeof value === "string") return FOLDER_ACTIONS.has(key) ? value : foldCase(value);
  if (typeof value === "object")
    return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return String(value);
}

/**
 * The properties of a predicates or actions object that say something, in a comparable form. A part
 * left out or null says nothing, as an empty one does (Graph may omit what a rule does not use).
 */
function meanings(part: unknown): string {
  const entries = Object.entries(typeof part === "object" && part !== null ? part : {})
    .map(([key, value]) => [key, meaningOf(key, value)] as const)
    .filter(([, meaning]) => meaning !== null)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

export const sameName = (existing: RuleLike, name: string): boolean =>
  typeof existing.displayName === "string" && foldCase(existing.displayName) === foldCase(name);

export function sameMeaning(existing: RuleLike, wanted: RuleLike): boolean {
  return (
    typeof wanted.displayName === "string" &&
    sameName(existing, wanted.displayName) &&
    meanings(existing.conditions) === meanings(wanted.conditions) &&
    meanings(existing.exceptions) === meanings(wanted.exceptions) &&
    meanings(existing.actions) === meanings(wanted.actions)
  );
}
