import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { messageToEml } from "../../../addin/src/pstImport/engine/emlWriter.js";
import type { PstMail } from "../../../addin/src/pstImport/engine/pstReader.js";

/** Python's standard email parser (email.policy.default) reads the file back, as a mail client would. */
function parseWithPython(eml: Uint8Array): Record<string, unknown> {
  const script = `
import email, email.policy, json, sys, hashlib
message = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
body = message.get_body(preferencelist=("html", "plain"))
print(json.dumps({
  "defects": [str(d) for d in message.defects],
  "from": str(message["From"]), "to": str(message["To"]), "subject": str(message["Subject"]),
  "date": str(message["Date"]), "messageId": str(message["Message-ID"]),
  "bodyType": body.get_content_type(), "body": body.get_content(),
  "attachments": [[part.get_filename(), part.get_content_type(), hashlib.sha256(part.get_content()).hexdigest()]
                  for part in message.iter_attachments()],
}))`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: eml }).toString()) as Record<
    string,
    unknown
  >;
}

const mail: PstMail = {
  nodeId: 2097188,
  messageClass: "IPM.Note",
  subject: "Réunion — budget 2001",
  from: { name: "Élodie Martin", address: "elodie@example.fr" },
  to: [{ name: "Marie", address: "marie@example.fr" }],
  cc: [],
  bcc: [],
  body: { contentType: "html", content: "<p>Voici le budget, à bientôt.</p>" },
  importance: "normal",
  categories: [],
  isRead: true,
  internetMessageId: "<budget-2001@example.fr>",
  deliveryTime: new Date("2001-10-22T20:06:22Z"),
  submitTime: new Date("2001-10-22T20:06:20Z"),
  attachments: [
    {
      name: "budget.xls",
      contentType: "application/vnd.ms-excel",
      sizeBytes: 3,
      isInline: false,
      contentId: null,
      kind: "file",
    },
  ],
};

describe("an attached Outlook item as an .eml file", () => {
  it("is read back by a standard parser with its headers, body and attachments intact", () => {
    const bytes = new Uint8Array([1, 2, 250]);
    const parsed = parseWithPython(messageToEml(mail, () => bytes));
    assert.deepEqual(parsed, {
      defects: [],
      from: "Élodie Martin <elodie@example.fr>",
      to: "Marie <marie@example.fr>",
      subject: "Réunion — budget 2001",
      date: "Mon, 22 Oct 2001 20:06:20 +0000",
      messageId: "<budget-2001@example.fr>",
      bodyType: "text/html",
      body: "<p>Voici le budget, à bientôt.</p>",
      attachments: [
        [
          "budget.xls",
          "application/vnd.ms-excel",
          createHash("sha256").update(bytes).digest("hex"),
        ],
      ],
    });
  });
});
