// Messages created through Graph (user-post-messages, mailfolder-post-messages), as Graph makes them:
// JSON bodies checked property by property, a draft unless PidTagMessageFlags (Integer 0x0E07) is set
// without MSGFLAG_UNSENT, dates from PidTagMessageDeliveryTime (0x0E06) and PidTagClientSubmitTime
// (0x0039) when given (otherwise the time of creation: Graph keeps no other way to set them), inline
// file attachments, extended properties kept and given back through $expand, and the $filter on an
// extended property that finds a message by a key of the client's.
import { randomUUID } from "node:crypto";
import { GraphError, requestBodyRead } from "./graphError.js";
import { parsePropertyId, readExtendedProperties } from "./extendedProperties.js";
import { readFileAttachment, attachmentJson, type SimAttachment } from "./attachments.js";

const MSGFLAG_READ = 0x1;
const MSGFLAG_UNSENT = 0x8;
const FLAGS = parsePropertyId("Integer 0x0E07").normalized;
const DELIVERY_TIME = parsePropertyId("SystemTime 0x0E06").normalized;
const SUBMIT_TIME = parsePropertyId("SystemTime 0x0039").normalized;

export interface SimRecipient {
  emailAddress: { name?: string; address?: string };
}

export interface SimMessage {
  id: string;
  parentFolderId: string;
  createdDateTime: string;
  receivedDateTime: string;
  sentDateTime: string;
  subject: string;
  body: { contentType: "text" | "html"; content: string };
  from: SimRecipient | null;
  sender: SimRecipient | null;
  toRecipients: SimRecipient[];
  ccRecipients: SimRecipient[];
  bccRecipients: SimRecipient[];
  replyTo: SimRecipient[];
  importance: "low" | "normal" | "high";
  categories: string[];
  isRead: boolean;
  isDraft: boolean;
  internetMessageId: string;
  extendedProperties: Map<string, string>;
  attachments: SimAttachment[];
}

/** Writable on create; Graph refuses any other property of the body. */
const WRITABLE = new Set([
  "subject",
  "body",
  "from",
  "sender",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
  "replyTo",
  "importance",
  "categories",
  "isRead",
  "internetMessageId",
  "isDeliveryReceiptRequested",
  "isReadReceiptRequested",
  "inferenceClassification",
  "attachments",
  "singleValueExtendedProperties",
]);

const IMPORTANCE = ["low", "normal", "high"];

function recipient(value: unknown, field: string): SimRecipient {
  const address = (value as { emailAddress?: unknown } | null)?.emailAddress as
    Record<string, unknown> | undefined;
  if (!address || typeof address !== "object")
    throw requestBodyRead(`${field}: a recipient needs an emailAddress.`);
  for (const key of Object.keys(address))
    if (key !== "name" && key !== "address")
      throw requestBodyRead(
        `The property '${key}' does not exist on type 'microsoft.graph.emailAddress'. Make sure to only use property names that are defined by the type or mark the type as open type.`
      );
  return {
    emailAddress: {
      ...(typeof address.name === "string" ? { name: address.name } : {}),
      ...(typeof address.address === "string" ? { address: address.address } : {}),
    },
  };
}

const recipients = (value: unknown, field: string): SimRecipient[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw requestBodyRead(`${field} must be an array of recipients.`);
  return value.map((item) => recipient(item, field));
};

/** A new message from a POST body; throws the GraphError Graph would answer. */
export function createMessage(
  raw: unknown,
  folderId: string,
  newId: (prefix: string) => string,
  now = new Date()
): SimMessage {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new GraphError(400, "BadRequest", "Empty Payload. JSON content expected.");
  const body = raw as Record<string, unknown>;
  for (const key of Object.keys(body))
    if (!key.startsWith("@") && !WRITABLE.has(key))
      throw requestBodyRead(
        `The property '${key}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.`
      );
  const extended = readExtendedProperties(body.singleValueExtendedProperties);
  const flagsValue = extended.get(FLAGS);
  const flags = flagsValue === undefined ? null : Number(flagsValue);
  const content = body.body as { contentType?: unknown; content?: unknown } | undefined;
  const contentType = String(content?.contentType ?? "text").toLowerCase();
  if (contentType !== "text" && contentType !== "html")
    throw requestBodyRead(
      `Cannot convert the literal '${contentType}' to the expected type 'microsoft.graph.bodyType'.`
    );
  const importance = String(body.importance ?? "normal").toLowerCase();
  if (!IMPORTANCE.includes(importance))
    throw requestBodyRead(
      `Cannot convert the literal '${importance}' to the expected type 'microsoft.graph.importance'.`
    );
  if (
    body.categories !== undefined &&
    (!Array.isArray(body.categories) || body.categories.some((c) => typeof c !== "string"))
  )
    throw requestBodyRead("categories must be an array of strings.");
  const id = newId("AAMkM");
  const created = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    id,
    parentFolderId: folderId,
    createdDateTime: created,
    receivedDateTime: isoSeconds(extended.get(DELIVERY_TIME)) ?? created,
    sentDateTime: isoSeconds(extended.get(SUBMIT_TIME)) ?? created,
    subject: typeof body.subject === "string" ? body.subject : "",
    body: { contentType, content: typeof content?.content === "string" ? content.content : "" },
    from: body.from === undefined || body.from === null ? null : recipient(body.from, "from"),
    sender:
      body.sender === undefined || body.sender === null ? null : recipient(body.sender, "sender"),
    toRecipients: recipients(body.toRecipients, "toRecipients"),
    ccRecipients: recipients(body.ccRecipients, "ccRecipients"),
    bccRecipients: recipients(body.bccRecipients, "bccRecipients"),
    replyTo: recipients(body.replyTo, "replyTo"),
    importance: importance as SimMessage["importance"],
    categories: (body.categories as string[] | undefined) ?? [],
    // The read flag travels in PidTagMessageFlags when it is given; a new draft reads as read.
    isRead: flags !== null ? (flags & MSGFLAG_READ) !== 0 : body.isRead !== false,
    isDraft: flags === null || (flags & MSGFLAG_UNSENT) !== 0,
    internetMessageId:
      typeof body.internetMessageId === "string"
        ? body.internetMessageId
        : `<${randomUUID()}@simulator.local>`,
    extendedProperties: extended,
    attachments: readInlineAttachments(body.attachments, newId),
  };
}

function readInlineAttachments(raw: unknown, newId: (prefix: string) => string): SimAttachment[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw requestBodyRead("attachments must be an array.");
  return raw.map((item) => readFileAttachment(item, newId));
}

/** Graph writes dates to the second, in UTC. */
function isoSeconds(value: string | undefined): string | null {
  if (value === undefined) return null;
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A seeded folder's message, of which only the date is known: an empty, read, non-draft mail. */
export function seededMessage(
  folderId: string,
  index: number,
  receivedDateTime: string
): SimMessage {
  return {
    id: `${folderId}-m${index}`,
    parentFolderId: folderId,
    createdDateTime: receivedDateTime,
    receivedDateTime,
    sentDateTime: receivedDateTime,
    subject: "",
    body: { contentType: "text", content: "" },
    from: null,
    sender: null,
    toRecipients: [],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    importance: "normal",
    categories: [],
    isRead: true,
    isDraft: false,
    internetMessageId: `<${index}.${folderId}@simulator.local>`,
    extendedProperties: new Map(),
    attachments: [],
  };
}

/** The size the folder grows by (Graph counts the item's whole size). */
export const messageSize = (message: SimMessage): number =>
  Buffer.byteLength(message.body.content) +
  Buffer.byteLength(message.subject) +
  message.attachments.reduce((sum, attachment) => sum + attachment.bytes.length, 0) +
  1024;

/** The full entity, or the $select names; `expandIds` names extended properties to expand. */
export function messageJson(
  message: SimMessage,
  select: Set<string> | null,
  expandIds: Set<string> | null
): Record<string, unknown> {
  const text =
    message.body.contentType === "html"
      ? message.body.content.replace(/<[^>]*>/g, " ")
      : message.body.content;
  const full: Record<string, unknown> = {
    id: message.id,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.createdDateTime,
    changeKey: Buffer.from(`${message.id}:1`).toString("base64"),
    categories: message.categories,
    receivedDateTime: message.receivedDateTime,
    sentDateTime: message.sentDateTime,
    hasAttachments: message.attachments.some((attachment) => !attachment.isInline),
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: text.replace(/\s+/g, " ").trim().slice(0, 255),
    importance: message.importance,
    parentFolderId: message.parentFolderId,
    conversationId: `AAQk${Buffer.from(message.subject).toString("base64url").slice(0, 24)}`,
    conversationIndex: Buffer.from(message.id).toString("base64"),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: message.isRead,
    isDraft: message.isDraft,
    webLink: `https://outlook.live.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: "focused",
    body: message.body,
    sender: message.sender,
    from: message.from,
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    bccRecipients: message.bccRecipients,
    replyTo: message.replyTo,
    flag: { flagStatus: "notFlagged" },
  };
  const json: Record<string, unknown> = {
    "@odata.etag": `W/"${full.changeKey as string}"`,
    ...(select
      ? Object.fromEntries(Object.entries(full).filter(([key]) => key === "id" || select.has(key)))
      : full),
  };
  if (expandIds) {
    json.singleValueExtendedProperties = [...message.extendedProperties]
      .filter(([id]) => expandIds.has(id))
      .map(([id, value]) => ({ id, value }));
  }
  return json;
}

export { attachmentJson };

const quoted = "'((?:[^']|'')*)'";
const unquote = (value: string) => value.replace(/''/g, "'");

/**
 * `singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')` (or
 * `startswith(ep/value, '{prefix}')`), the filters that find messages by a string extended property;
 * values compare case-insensitively, as Graph documents.
 */
export function extendedPropertyFilter(filter: string): (message: SimMessage) => boolean {
  const match = new RegExp(
    `^singleValueExtendedProperties/any\\((\\w+):\\s*\\1/id eq ${quoted} and (?:\\1/value eq ${quoted}|startswith\\(\\1/value,\\s*${quoted}\\))\\)$`,
    "i"
  ).exec(filter.trim());
  if (!match)
    throw new GraphError(
      400,
      "BadRequest",
      `Invalid filter clause: this simulator only knows the extended property filters (got '${filter}').`
    );
  const id = parsePropertyId(unquote(match[2]!)).normalized;
  const equal = match[3] === undefined ? null : unquote(match[3]).toLowerCase();
  const prefix = unquote(match[4] ?? "").toLowerCase();
  return (message) => {
    const value = message.extendedProperties.get(id)?.toLowerCase();
    if (value === undefined) return false;
    return equal === null ? value.startsWith(prefix) : value === equal;
  };
}

/** `singleValueExtendedProperties($filter=id eq 'A' or id eq 'B')` → the normalised ids, or null when not expanded. */
export function expandedPropertyIds(expand: string | null): Set<string> | null {
  if (!expand) return null;
  const match = /singleValueExtendedProperties\(\$filter=(.+)\)/i.exec(expand);
  if (!match) return null;
  const ids = [...match[1]!.matchAll(new RegExp(`id eq ${quoted}`, "gi"))].map(
    (found) => parsePropertyId(unquote(found[1]!)).normalized
  );
  if (ids.length === 0)
    throw new GraphError(
      400,
      "BadRequest",
      "Invalid $expand: an extended property is expanded by id."
    );
  return new Set(ids);
}
