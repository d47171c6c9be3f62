// A .pst message as the JSON body that creates it through Graph (POST /me/mailFolders/{id}/messages).
// What cannot be changed after creation goes in the same request, as extended properties:
// PidTagMessageFlags without MSGFLAG_UNSENT (so it is not a draft; MSGFLAG_READ carries the read
// state), PidTagMessageDeliveryTime and PidTagClientSubmitTime (its original dates), and our import
// key, a named property in MailBridge's own GUID namespace, by which the item is found again.
import type { PstAddress, PstAttachmentData, PstMail } from "./pstReader.js";
import { toBase64 } from "./base64.js";

/** MailBridge's property set (a GUID of ours, so no other application's property is touched). */
export const MAILBRIDGE_PROPERTY_SET = "7f0c2a4e-3b7d-4c55-9e1a-6d2f8b4c1a90";
export const IMPORT_KEY_PROPERTY = `String {${MAILBRIDGE_PROPERTY_SET}} Name MailBridgeImportKey`;
export const MESSAGE_FLAGS_PROPERTY = "Integer 0x0E07";
export const DELIVERY_TIME_PROPERTY = "SystemTime 0x0E06";
export const SUBMIT_TIME_PROPERTY = "SystemTime 0x0039";

const MSGFLAG_READ = 0x1;

/** The key of one .pst item, stable across sessions for the same file. */
export const importKey = (storeId: string, nodeId: number): string => `${storeId}-${nodeId}`;

const recipient = (address: PstAddress) => ({
  emailAddress: { name: address.name, address: address.address },
});

/** Graph takes addresses as they are, but a recipient without any address is refused. */
const withAddress = (addresses: PstAddress[]) =>
  addresses.filter((address) => address.address).map(recipient);

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export function fileAttachmentJson(attachment: PstAttachmentData): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    name: attachment.info.name,
    contentType: attachment.info.contentType,
    contentBytes: toBase64(attachment.bytes),
    ...(attachment.info.isInline
      ? { isInline: true, contentId: attachment.info.contentId ?? undefined }
      : {}),
  };
}

export function graphMessageJson(
  mail: PstMail,
  key: string,
  inlineAttachments: PstAttachmentData[]
): Record<string, unknown> {
  const properties = [
    { id: MESSAGE_FLAGS_PROPERTY, value: String(mail.isRead ? MSGFLAG_READ : 0) },
    ...(mail.deliveryTime
      ? [{ id: DELIVERY_TIME_PROPERTY, value: isoSeconds(mail.deliveryTime) }]
      : []),
    ...(mail.submitTime ? [{ id: SUBMIT_TIME_PROPERTY, value: isoSeconds(mail.submitTime) }] : []),
    { id: IMPORT_KEY_PROPERTY, value: key },
  ];
  const from = mail.from?.address ? recipient(mail.from) : undefined;
  return {
    subject: mail.subject,
    body: { contentType: mail.body.contentType, content: mail.body.content },
    ...(from ? { from, sender: from } : {}),
    toRecipients: withAddress(mail.to),
    ccRecipients: withAddress(mail.cc),
    bccRecipients: withAddress(mail.bcc),
    importance: mail.importance,
    categories: mail.categories,
    isRead: mail.isRead,
    ...(mail.internetMessageId ? { internetMessageId: mail.internetMessageId } : {}),
    ...(inlineAttachments.length ? { attachments: inlineAttachments.map(fileAttachmentJson) } : {}),
    singleValueExtendedProperties: properties,
  };
}

/** Bytes of a JSON body as sent (UTF-8). */
export const jsonBytes = (value: unknown): number =>
  new TextEncoder().encode(JSON.stringify(value)).length;
