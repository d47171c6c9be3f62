// The actions that name a folder by its path. Each target reads one character between folder names
// ("/" for Gmail labels and Sieve, "\" for New-InboxRule): a name holding it cannot be written, and
// the warning names the action that holds it.
import type { RuleActions } from "@contracts/rules.js";

export const FOLDER_FIELDS = ["moveToFolder", "copyToFolder"] as const;

export type FolderField = (typeof FOLDER_FIELDS)[number];

/** The first folder action with a folder name holding `separator`, if any. */
export const folderFieldHolding = (
  actions: RuleActions,
  separator: string
): FolderField | undefined =>
  FOLDER_FIELDS.find((field) => actions[field]?.some((name) => name.includes(separator)));
