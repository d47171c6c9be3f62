// File attachments of messages, as Graph takes them: inline in a create request or by
// POST .../attachments (the 4 MB request limit leaves room for files under 3 MB), or through an upload
// session for 3 MB to 150 MB (attachment-createuploadsession, outlook-large-attachments): the session's
// pre-authenticated uploadUrl takes PUTs of byte ranges, in order, each answered with the next
// expected offset; the last one is answered 201 with the attachment's URL in Location and no body.
import { GraphError, requestBodyRead } from "./graphError.js";
import { OUTLOOK_LIMITS } from "@contracts/outlookLimits.js";

const FILE_ATTACHMENT = "#microsoft.graph.fileAttachment";
const SESSION_LIFETIME_MS = 2 * 3600_000;

export interface SimAttachment {
  id: string;
  name: string;
  contentType: string;
  isInline: boolean;
  contentId: string | null;
  lastModifiedDateTime: string;
  bytes: Buffer;
}

const ATTACHMENT_FIELDS = new Set(["name", "contentType", "contentBytes", "isInline", "contentId"]);

export function readFileAttachment(raw: unknown, newId: (prefix: string) => string): SimAttachment {
  const body = (raw ?? {}) as Record<string, unknown>;
  const type = body["@odata.type"];
  for (const key of Object.keys(body))
    if (!key.startsWith("@") && !ATTACHMENT_FIELDS.has(key))
      throw requestBodyRead(
        `The property '${key}' does not exist on type 'microsoft.graph.${type === FILE_ATTACHMENT ? "fileAttachment" : "attachment"}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
      );
  if (type !== FILE_ATTACHMENT) {
    // Without the derived type Graph reads an attachment as the abstract base, which has no content.
    if (type === undefined)
      throw requestBodyRead(
        "The property 'contentBytes' does not exist on type 'microsoft.graph.attachment'. Make sure to only use property names that are defined by the type or mark the type as open type."
      );
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      `This simulator only models file attachments (got ${String(type)}).`
    );
  }
  if (typeof body.name !== "string" || typeof body.contentBytes !== "string")
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      "A file attachment needs a name and contentBytes."
    );
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.contentBytes))
    throw requestBodyRead("contentBytes is not valid base64.");
  return {
    id: newId("AAMkA"),
    name: body.name,
    contentType:
      typeof body.contentType === "string" ? body.contentType : "application/octet-stream",
    isInline: body.isInline === true,
    contentId: typeof body.contentId === "string" ? body.contentId : null,
    lastModifiedDateTime: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    bytes: Buffer.from(body.contentBytes, "base64"),
  };
}

export function attachmentJson(
  attachment: SimAttachment,
  select: Set<string> | null
): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: attachment.id,
    lastModifiedDateTime: attachment.lastModifiedDateTime,
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.bytes.length,
    isInline: attachment.isInline,
    contentId: attachment.contentId,
    contentLocation: null,
    contentBytes: attachment.bytes.toString("base64"),
  };
  return {
    "@odata.type": FILE_ATTACHMENT,
    ...(select
      ? Object.fromEntries(Object.entries(full).filter(([key]) => key === "id" || select.has(key)))
      : full),
  };
}

export interface UploadSession {
  id: string;
  authToken: string;
  messageId: string;
  name: string;
  size: number;
  contentType: string;
  isInline: boolean;
  contentId: string | null;
  expires: Date;
  received: Buffer[];
  offset: number;
}

const SESSION_FIELDS = new Set([
  "attachmentType",
  "name",
  "size",
  "contentType",
  "isInline",
  "contentId",
]);

/** The body of createUploadSession ({"AttachmentItem": {...}}), checked as Graph does. */
export function openUploadSession(
  raw: unknown,
  messageId: string,
  newId: (prefix: string) => string
): UploadSession {
  const item = (raw as { AttachmentItem?: Record<string, unknown> } | null)?.AttachmentItem;
  if (!item || typeof item !== "object")
    throw new GraphError(400, "ErrorInvalidRequest", "The AttachmentItem parameter is required.");
  for (const key of Object.keys(item))
    if (!SESSION_FIELDS.has(key))
      throw requestBodyRead(
        `The property '${key}' does not exist on type 'microsoft.graph.attachmentItem'. Make sure to only use property names that are defined by the type or mark the type as open type.`
      );
  if (
    item.attachmentType !== "file" ||
    typeof item.name !== "string" ||
    !Number.isInteger(item.size)
  )
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      "AttachmentItem needs attachmentType 'file', a name and a size."
    );
  const size = item.size as number;
  if (size < OUTLOOK_LIMITS.maxPostedAttachmentBytes)
    throw new GraphError(
      400,
      "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize",
      "Attachment size must be greater than the minimum size."
    );
  if (size > OUTLOOK_LIMITS.maxUploadSessionBytes)
    throw new GraphError(
      400,
      "ErrorAttachmentSizeShouldNotBeGreaterThanMaximumSize",
      "Attachment size must be less than the maximum size."
    );
  return {
    id: newId("AAMkS"),
    authToken: newId("eyJ"),
    messageId,
    name: item.name,
    size,
    contentType:
      typeof item.contentType === "string" ? item.contentType : "application/octet-stream",
    isInline: item.isInline === true,
    contentId: typeof item.contentId === "string" ? item.contentId : null,
    expires: new Date(Date.now() + SESSION_LIFETIME_MS),
    received: [],
    offset: 0,
  };
}

export type RangeOutcome =
  { kind: "partial"; nextExpected: number } | { kind: "complete"; bytes: Buffer };

/** One PUT of a byte range; ranges must come in order and say the file's total size. */
export function acceptRange(
  session: UploadSession,
  contentRange: string | undefined,
  chunk: Buffer
): RangeOutcome {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange ?? "");
  if (!match)
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      "The Content-Range header is missing or malformed."
    );
  const [start, end, total] = match.slice(1).map(Number) as [number, number, number];
  if (total !== session.size || end < start || end - start + 1 !== chunk.length)
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      "The Content-Range header does not match the upload."
    );
  if (start !== session.offset)
    throw new GraphError(
      416,
      "ErrorInvalidRange",
      `Expected the range to start at ${session.offset}.`
    );
  session.received.push(chunk);
  session.offset = end + 1;
  if (session.offset < session.size) return { kind: "partial", nextExpected: session.offset };
  return { kind: "complete", bytes: Buffer.concat(session.received) };
}
