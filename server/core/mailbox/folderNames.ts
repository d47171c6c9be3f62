// The names the mailbox gives its well-known folders (a French mailbox says "Boîte de réception"),
// so steps and rules speak of the folders the user sees.
import type { FolderNames } from "@contracts/wellKnownFolders.js";
import { WELL_KNOWN_FOLDERS } from "@contracts/wellKnownFolders.js";
import type { MailboxData } from "./mailboxData.js";

export function folderNames(data: MailboxData): Partial<FolderNames> {
  const names: Partial<FolderNames> = {};
  for (const folder of data.folders) {
    const known = WELL_KNOWN_FOLDERS.find((name) => name === folder.wellKnownName);
    if (known && !names[known]) names[known] = folder.displayName;
  }
  return names;
}
