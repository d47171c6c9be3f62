// What the importer needs from a .pst file, whatever parses it: the folder tree, each folder's items
// (enough to plan: class, date, size), then one message at a time and its attachments one by one.
// Synchronous, like the parser behind it (pst-extractor reads through positioned reads; in a Web
// Worker those are FileReaderSync slices). Anything the parser cannot load comes back as a problem
// with its place, never as silence.

export type FolderKind = "mail" | "contacts" | "calendar" | "tasks" | "notes" | "journal" | "other";

export interface PstFolderInfo {
  /** The folder's node id: stable for the life of the file. */
  id: number;
  /** Display names from the top of the mailbox tree down to this folder. */
  path: string[];
  kind: FolderKind;
  itemCount: number;
}

/** Where an item is: its folder, its position there, and its node id (checked on every read). */
export interface PstItemRef {
  folderId: number;
  index: number;
  nodeId: number;
}

export interface PstItemSummary extends PstItemRef {
  messageClass: string;
  subject: string;
  /** Delivery time, else submit time, else creation time (ISO), null when the item has none. */
  date: string | null;
  sizeBytes: number;
}

export interface PstProblem {
  folderPath: string[];
  /** The item's position in its folder, when the problem is one item's. */
  index?: number;
  reason: "folderUnreadable" | "itemUnreadable";
  detail: string;
}

export interface PstAddress {
  name: string;
  address: string;
}

export interface PstAttachmentInfo {
  name: string;
  contentType: string;
  sizeBytes: number;
  isInline: boolean;
  contentId: string | null;
  /** "message": an attached Outlook item, handed over as an .eml file. */
  kind: "file" | "message";
}

export interface PstMail {
  nodeId: number;
  messageClass: string;
  subject: string;
  from: PstAddress | null;
  to: PstAddress[];
  cc: PstAddress[];
  bcc: PstAddress[];
  body: { contentType: "html" | "text"; content: string };
  importance: "low" | "normal" | "high";
  categories: string[];
  isRead: boolean;
  internetMessageId: string | null;
  deliveryTime: Date | null;
  submitTime: Date | null;
  attachments: PstAttachmentInfo[];
}

export interface PstAttachmentData {
  info: PstAttachmentInfo;
  bytes: Uint8Array;
}

export interface PstReader {
  /** Identifies the file (its message store's record key): import keys are made from it. */
  readonly storeId: string;
  folders(): { folders: PstFolderInfo[]; problems: PstProblem[] };
  items(folder: PstFolderInfo): { items: PstItemSummary[]; problems: PstProblem[] };
  readMail(item: PstItemRef): PstMail;
  readAttachment(item: PstItemRef, index: number): PstAttachmentData;
}

/** The file could not be opened at all; `ansi`: an Outlook 97–2002 file, which the parser cannot always read. */
export class PstOpenError extends Error {
  constructor(
    readonly reason: "notPst" | "ansi" | "unreadable",
    detail: string
  ) {
    super(detail);
  }
}
