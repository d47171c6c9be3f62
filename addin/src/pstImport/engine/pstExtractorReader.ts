// Our reader over pst-extractor (MIT; a TypeScript port of java-libpst). It runs unchanged in Node
// (a path) and in a Web Worker (a path that the worker's `fs` maps to the chosen File). Its known
// weaknesses are handled here, not hidden: search folders can throw inside the library (walked with
// try/catch and reported), items it cannot load are reported with their place, some ANSI files
// (Outlook 97–2002) do not open (reported as such), and empty HTML bodies are rebuilt from the RTF.
import type { PSTAttachment, PSTFile, PSTFolder, PSTMessage, PSTRecipient } from "pst-extractor";
import {
  PstOpenError,
  type FolderKind,
  type PstAddress,
  type PstAttachmentData,
  type PstAttachmentInfo,
  type PstFolderInfo,
  type PstItemRef,
  type PstItemSummary,
  type PstMail,
  type PstProblem,
  type PstReader,
} from "./pstReader.js";
import { rtfToBody } from "./rtfBody.js";
import { messageToEml } from "./emlWriter.js";
import { ImportInterruption } from "./importInterruption.js";

const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED = 5;
const RECIPIENT_TO = 1;
const RECIPIENT_CC = 2;
const RECIPIENT_BCC = 3;
const PID_TAG_RECORD_KEY = 0x0ff9;
/** Messages kept open: one per item in flight, so reading its attachments does not parse it again. */
const OPEN_MESSAGES = 8;
/** wVer of the header: 14 and 15 are ANSI files, 23 Unicode, 36 Unicode with 4 KB pages (OST 2013). */
const ANSI_VERSIONS = new Set([14, 15]);

const CONTAINER_KINDS: [string, FolderKind][] = [
  ["IPF.Note", "mail"],
  ["IPF.Imap", "mail"],
  ["IPF.Contact", "contacts"],
  ["IPF.Appointment", "calendar"],
  ["IPF.Task", "tasks"],
  ["IPF.StickyNote", "notes"],
  ["IPF.Journal", "journal"],
];

/** The header's version word says whether the file is ANSI (offset 10, little-endian). */
export const isAnsiHeader = (header: Uint8Array): boolean =>
  ANSI_VERSIONS.has((header[10] ?? 0) | ((header[11] ?? 0) << 8));

/** Opens a file with pst-extractor; failures become PstOpenError with what the user can do about them. */
export function openPstExtractorReader(
  create: () => PSTFile,
  header: Uint8Array,
  /** Identifies the file when its store has no record key (e.g. name and size). */
  fallbackId: string
): PstReader {
  let file: PSTFile;
  try {
    file = create();
  } catch (error) {
    const detail = (error as Error).message;
    if (/Invalid file header|Unrecognised PST File version/.test(detail))
      throw new PstOpenError("notPst", detail);
    throw new PstOpenError(isAnsiHeader(header) ? "ansi" : "unreadable", detail);
  }
  return new PstExtractorReader(file, fallbackId);
}

class PstExtractorReader implements PstReader {
  readonly storeId: string;
  private readonly byId = new Map<number, { folder: PSTFolder; info: PstFolderInfo }>();
  private readonly open = new Map<number, { message: PSTMessage; mail: PstMail }>();

  constructor(
    private readonly file: PSTFile,
    fallbackId: string
  ) {
    const store = file.getMessageStore() as unknown as {
      getBinaryItem(id: number): Uint8Array | null;
    };
    const recordKey = store.getBinaryItem(PID_TAG_RECORD_KEY);
    this.storeId = recordKey?.length
      ? [...recordKey].map((byte) => byte.toString(16).padStart(2, "0")).join("")
      : fallbackId;
  }

  folders(): { folders: PstFolderInfo[]; problems: PstProblem[] } {
    const folders: PstFolderInfo[] = [];
    const problems: PstProblem[] = [];
    const walk = (folder: PSTFolder, path: string[]) => {
      let children: PSTFolder[] = [];
      try {
        children = folder.hasSubfolders ? folder.getSubFolders() : [];
      } catch (error) {
        problems.push({
          folderPath: path,
          reason: "folderUnreadable",
          detail: (error as Error).message,
        });
      }
      for (const child of children) {
        const childPath = [...path, child.displayName];
        const info: PstFolderInfo = {
          id: child.descriptorNodeId.toNumber(),
          path: childPath,
          kind: kindOf(child.containerClass),
          itemCount: child.contentCount,
        };
        this.byId.set(info.id, { folder: child, info });
        folders.push(info);
        walk(child, childPath);
      }
    };
    // The root's first child is the mailbox tree ("Top of Personal Folders"); the others are search
    // roots and saved searches, whose items live elsewhere. Paths start below the mailbox tree's top.
    let top: PSTFolder[] = [];
    try {
      top = this.file.getRootFolder().getSubFolders();
    } catch (error) {
      problems.push({
        folderPath: [],
        reason: "folderUnreadable",
        detail: (error as Error).message,
      });
    }
    if (top[0]) walk(top[0], []);
    return { folders, problems };
  }

  items(info: PstFolderInfo): { items: PstItemSummary[]; problems: PstProblem[] } {
    const { folder } = this.folderOf(info.id);
    const items: PstItemSummary[] = [];
    const problems: PstProblem[] = [];
    folder.moveChildCursorTo(0);
    for (let index = 0; index < info.itemCount; index++) {
      try {
        const message = folder.getNextChild() as PSTMessage | null;
        if (!message) break;
        items.push({
          folderId: info.id,
          index,
          nodeId: message.descriptorNodeId.toNumber(),
          messageClass: message.messageClass,
          subject: message.subject,
          date:
            (
              message.messageDeliveryTime ??
              message.clientSubmitTime ??
              message.creationTime
            )?.toISOString() ?? null,
          sizeBytes: message.messageSize.toNumber(),
        });
      } catch (error) {
        problems.push({
          folderPath: info.path,
          index,
          reason: "itemUnreadable",
          detail: (error as Error).message,
        });
        folder.moveChildCursorTo(index + 1);
      }
    }
    return { items, problems };
  }

  readMail(item: PstItemRef): PstMail {
    return this.opened(item).mail;
  }

  readAttachment(item: PstItemRef, index: number): PstAttachmentData {
    const { message, mail } = this.opened(item);
    const attachment = message.getAttachment(index);
    const info = mail.attachments[index]!;
    if (info.kind === "message") {
      const embedded = attachment.embeddedPSTMessage;
      if (!embedded) throw new Error("attached message could not be read");
      return {
        info,
        bytes: messageToEml(toMail(embedded), (i) => readBytes(embedded.getAttachment(i))),
      };
    }
    return { info, bytes: readBytes(attachment) };
  }

  private folderOf(id: number) {
    const found = this.byId.get(id);
    if (!found) throw new Error(`no folder ${id} (folders() must be read first)`);
    return found;
  }

  private opened(item: PstItemRef): { message: PSTMessage; mail: PstMail } {
    let found = this.open.get(item.nodeId);
    if (found) {
      this.open.delete(item.nodeId);
    } else {
      const message = this.message(item);
      found = { message, mail: toMail(message) };
      if (this.open.size >= OPEN_MESSAGES) this.open.delete(this.open.keys().next().value!);
    }
    // Most recently used last.
    this.open.set(item.nodeId, found);
    return found;
  }

  private message(item: PstItemRef): PSTMessage {
    const { folder } = this.folderOf(item.folderId);
    folder.moveChildCursorTo(item.index);
    const message = folder.getNextChild() as PSTMessage | null;
    if (!message || message.descriptorNodeId.toNumber() !== item.nodeId)
      throw new ImportInterruption(
        "fileChanged",
        "the item is no longer where the plan found it (was the file changed?)"
      );
    return message;
  }
}

function kindOf(containerClass: string): FolderKind {
  if (!containerClass) return "mail";
  return CONTAINER_KINDS.find(([prefix]) => containerClass.startsWith(prefix))?.[1] ?? "other";
}

function address(name: string, email: string): PstAddress | null {
  return email || name ? { name: name || email, address: email } : null;
}

function recipients(message: PSTMessage): Record<"to" | "cc" | "bcc", PstAddress[]> {
  const result = { to: [] as PstAddress[], cc: [] as PstAddress[], bcc: [] as PstAddress[] };
  for (let index = 0; index < message.numberOfRecipients; index++) {
    const recipient = message.getRecipient(index) as PSTRecipient | null;
    if (!recipient) continue;
    const entry = address(recipient.displayName, recipient.smtpAddress || recipient.emailAddress);
    if (!entry) continue;
    if (recipient.recipientType === RECIPIENT_CC) result.cc.push(entry);
    else if (recipient.recipientType === RECIPIENT_BCC) result.bcc.push(entry);
    else if (recipient.recipientType === RECIPIENT_TO || recipient.recipientType === 0)
      result.to.push(entry);
  }
  return result;
}

function body(message: PSTMessage): PstMail["body"] {
  if (message.bodyHTML.trim()) return { contentType: "html", content: message.bodyHTML };
  let rtf = "";
  try {
    rtf = message.bodyRTF;
  } catch {
    // a damaged compressed RTF: the plain text below, if any, is all there is
  }
  const fromRtf = rtf ? rtfToBody(rtf) : null;
  if (fromRtf?.contentType === "html") return fromRtf;
  if (message.body.trim()) return { contentType: "text", content: message.body };
  return fromRtf ?? { contentType: "text", content: "" };
}

const IMPORTANCE = ["low", "normal", "high"] as const;

function toMail(message: PSTMessage): PstMail {
  const content = body(message);
  const html = content.contentType === "html" ? content.content : "";
  const attachments: PstAttachmentInfo[] = [];
  for (let index = 0; index < message.numberOfAttachments; index++)
    attachments.push(attachmentInfo(message.getAttachment(index), html));
  return {
    nodeId: message.descriptorNodeId.toNumber(),
    messageClass: message.messageClass,
    subject: message.subject,
    from: address(
      message.senderName || message.sentRepresentingName,
      message.senderEmailAddress || message.sentRepresentingEmailAddress
    ),
    ...recipients(message),
    body: content,
    importance: IMPORTANCE[message.importance] ?? "normal",
    categories: message.colorCategories.filter(Boolean),
    isRead: message.isRead,
    internetMessageId: message.internetMessageId || null,
    deliveryTime: message.messageDeliveryTime,
    submitTime: message.clientSubmitTime,
    attachments,
  };
}

/** `html`: the message's HTML body, which shows an attachment inline when it names its content id. */
function attachmentInfo(attachment: PSTAttachment, html: string): PstAttachmentInfo {
  const embedded = attachment.attachMethod === ATTACH_EMBEDDED;
  const name =
    attachment.longFilename || attachment.filename || attachment.displayName || "attachment";
  return {
    name: embedded
      ? `${(attachment.displayName || "message").replace(/[\\/:*?"<>|]/g, "_")}.eml`
      : name,
    contentType: embedded ? "message/rfc822" : attachment.mimeTag || "application/octet-stream",
    sizeBytes: attachment.attachMethod === ATTACH_BY_VALUE ? attachment.filesize : attachment.size,
    isInline: Boolean(attachment.contentId) && html.includes(`cid:${attachment.contentId}`),
    contentId: attachment.contentId || null,
    kind: embedded ? "message" : "file",
  };
}

function readBytes(attachment: PSTAttachment): Uint8Array {
  const stream = attachment.fileInputStream;
  if (!stream) return new Uint8Array(0);
  const bytes = Buffer.alloc(stream.length.toNumber());
  stream.readCompletely(bytes);
  return bytes;
}
