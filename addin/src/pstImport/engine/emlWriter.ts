// An attached Outlook item as an .eml file (RFC 5322 + MIME), the form every mail client opens:
// headers (non-ASCII words encoded as RFC 2047 UTF-8), the body as UTF-8 in base64, and its own
// attachments as base64 parts of a multipart/mixed.
import type { PstAddress, PstMail } from "./pstReader.js";
import { toBase64 } from "./base64.js";

const encoder = new TextEncoder();

function encodedWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${toBase64(encoder.encode(text))}?=`;
}

/** A display name quoted when ASCII, an encoded word (RFC 2047, never inside quotes) otherwise. */
function mailbox(address: PstAddress): string {
  if (!address.name || address.name === address.address) return `<${address.address}>`;
  const name = /^[\x20-\x7e]*$/.test(address.name)
    ? `"${address.name.replace(/["\\]/g, "")}"`
    : encodedWord(address.name);
  return `${name} <${address.address}>`;
}

const wrap76 = (base64: string): string => base64.replace(/.{76}(?=.)/g, "$&\r\n");

export function messageToEml(
  mail: PstMail,
  attachmentBytes: (index: number) => Uint8Array
): Uint8Array {
  const boundary = `----=_MailBridge_${mail.nodeId.toString(36)}_${mail.attachments.length}`;
  const date = mail.submitTime ?? mail.deliveryTime;
  const headers = [
    mail.from ? `From: ${mailbox(mail.from)}` : null,
    mail.to.length ? `To: ${mail.to.map(mailbox).join(", ")}` : null,
    mail.cc.length ? `Cc: ${mail.cc.map(mailbox).join(", ")}` : null,
    `Subject: ${encodedWord(mail.subject)}`,
    date ? `Date: ${date.toUTCString().replace("GMT", "+0000")}` : null,
    mail.internetMessageId ? `Message-ID: ${mail.internetMessageId}` : null,
    "MIME-Version: 1.0",
  ].filter((line): line is string => line !== null);
  const bodyPart = [
    `Content-Type: text/${mail.body.contentType === "html" ? "html" : "plain"}; charset=utf-8`,
    "Content-Transfer-Encoding: base64",
    "",
    wrap76(toBase64(encoder.encode(mail.body.content))),
  ].join("\r\n");
  let text: string;
  if (mail.attachments.length === 0) {
    text = [...headers, bodyPart].join("\r\n");
  } else {
    const parts = mail.attachments.map((attachment, index) =>
      [
        `Content-Type: ${attachment.contentType}; name="${encodedWord(attachment.name)}"`,
        `Content-Disposition: attachment; filename="${encodedWord(attachment.name)}"`,
        "Content-Transfer-Encoding: base64",
        "",
        wrap76(toBase64(attachmentBytes(index))),
      ].join("\r\n")
    );
    text = [
      ...headers,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      ...[bodyPart, ...parts].map((part) => `--${boundary}\r\n${part}`),
      `--${boundary}--`,
      "",
    ].join("\r\n");
  }
  return encoder.encode(text);
}
