// A .pst reader of made-up mail (our reader interface, no file): for what enron.pst does not hold —
// attachments of every size class, bodies too large for one request, attachments over 150 MB.
import type {
  PstAttachmentData,
  PstFolderInfo,
  PstItemRef,
  PstItemSummary,
  PstMail,
  PstReader,
} from "../../addin/src/pstImport/engine/pstReader.js";

export interface SyntheticMail {
  subject: string;
  /** Attachment sizes in bytes (their content is a pattern, so hashes differ by size and index). */
  attachments?: number[];
  bodyBytes?: number;
  /** Declared size only (the bytes are never made): for "too large" checks. */
  declaredAttachments?: number[];
}

export function syntheticReader(mails: SyntheticMail[], folderPath = ["Inbox"]): PstReader {
  const folder: PstFolderInfo = {
    id: 100,
    path: folderPath,
    kind: "mail",
    itemCount: mails.length,
  };
  const date = (index: number) => new Date(Date.UTC(2010, 0, 1 + index, 12));
  const mailOf = (index: number): PstMail => {
    const spec = mails[index]!;
    const sizes = [...(spec.attachments ?? []), ...(spec.declaredAttachments ?? [])];
    return {
      nodeId: 1000 + index,
      messageClass: "IPM.Note",
      subject: spec.subject,
      from: { name: "Sender", address: "sender@example.com" },
      to: [{ name: "Me", address: "me@example.com" }],
      cc: [],
      bcc: [],
      body: { contentType: "text", content: "x".repeat(spec.bodyBytes ?? 200) },
      importance: "normal",
      categories: [],
      isRead: index % 2 === 0,
      internetMessageId: `<synthetic-${index}@example.com>`,
      deliveryTime: date(index),
      submitTime: date(index),
      attachments: sizes.map((size, position) => ({
        name: `file-${position}.bin`,
        contentType: "application/octet-stream",
        sizeBytes: size,
        isInline: false,
        contentId: null,
        kind: "file",
      })),
    };
  };
  return {
    storeId: "synthetic",
    folders: () => ({ folders: [folder], problems: [] }),
    items: (): { items: PstItemSummary[]; problems: [] } => ({
      items: mails.map((mail, index) => ({
        folderId: folder.id,
        index,
        nodeId: 1000 + index,
        messageClass: "IPM.Note",
        subject: mail.subject,
        date: date(index).toISOString(),
        sizeBytes: (mail.bodyBytes ?? 200) + (mail.attachments ?? []).reduce((a, b) => a + b, 0),
      })),
      problems: [],
    }),
    readMail: (item: PstItemRef) => mailOf(item.index),
    readAttachment: (item: PstItemRef, index: number): PstAttachmentData => {
      const info = mailOf(item.index).attachments[index]!;
      const bytes = new Uint8Array(info.sizeBytes);
      for (let offset = 0; offset < bytes.length; offset++)
        bytes[offset] = (offset * 31 + index + item.index) & 0xff;
      return { info, bytes };
    },
  };
}
