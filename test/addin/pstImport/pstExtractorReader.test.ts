import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pffexport, type PffMessage } from "../../helpers/formats/pffexport.js";
import { ENRON_PST, openPst } from "../../helpers/enronPst.js";
import { PstOpenError } from "../../../addin/src/pstImport/engine/pstReader.js";
import { summarize } from "../../../addin/src/pstImport/engine/importPlan.js";

const iso = (date: Date | null) => date?.toISOString().replace(/\.000Z$/, "Z") ?? null;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const order = (a: PffMessage, b: PffMessage) =>
  `${a.deliveryTime}${a.subject}`.localeCompare(`${b.deliveryTime}${b.subject}`);

describe("our .pst reader (pst-extractor behind our interface), held against Debian's pffexport", function () {
  this.timeout(30000);

  it("finds the same folders, messages, subjects, dates, read state and attachment bytes in enron.pst", () => {
    const oracle = pffexport(ENRON_PST);
    const reader = openPst();
    const ours = new Map<string, PffMessage[]>();
    const { folders, problems } = reader.folders();
    assert.deepEqual(problems, []);
    for (const folder of folders) {
      const { items, problems: itemProblems } = reader.items(folder);
      assert.deepEqual(itemProblems, []);
      if (items.length === 0) continue;
      ours.set(
        folder.path.join(" / "),
        items.map((item) => {
          const mail = reader.readMail(item);
          return {
            subject: mail.subject,
            deliveryTime: iso(mail.deliveryTime),
            submitTime: iso(mail.submitTime),
            read: mail.isRead,
            attachmentSha256: mail.attachments
              .map((_, index) => sha256(reader.readAttachment(item, index).bytes))
              .sort(),
          };
        })
      );
    }
    assert.deepEqual([...ours.keys()].sort(), [...oracle.keys()].sort());
    for (const [folder, messages] of oracle)
      assert.deepEqual([...ours.get(folder)!].sort(order), [...messages].sort(order), folder);
    const count = (exported: Map<string, PffMessage[]>) => [...exported.values()].flat().length;
    assert.equal(count(ours), count(oracle));
    assert.ok(count(oracle) > 50, "the file's messages were all exported");
  });

  it("summarizes what the file holds: mail per folder, bytes, years", () => {
    const summary = summarize(openPst());
    const personal = summary.folders.find((folder) => folder.path.at(-1) === "Personal")!;
    assert.equal(personal.kind, "mail");
    assert.equal(personal.otherCount, 0);
    assert.equal(
      Object.values(personal.years).reduce((sum, count) => sum + count, 0),
      personal.mailCount
    );
    assert.ok(personal.mailBytes > 0);
    assert.equal(
      summary.items.length,
      summary.folders.reduce((sum, folder) => sum + folder.mailCount, 0)
    );
  });

  it("says plainly when a file is not a .pst, and when it is an ANSI .pst it cannot open", () => {
    const work = mkdtempSync(path.join(tmpdir(), "pst-"));
    try {
      const notPst = path.join(work, "notes.pst");
      writeFileSync(notPst, Buffer.alloc(4096, 0x41));
      assert.throws(
        () => openPst(notPst),
        (error: unknown) => error instanceof PstOpenError && error.reason === "notPst"
      );
      // An ANSI header (wVer 14) whose body the parser cannot follow.
      const ansi = Buffer.alloc(4096);
      ansi.write("!BDN", 0, "latin1");
      ansi.writeUInt16LE(14, 10);
      const ansiFile = path.join(work, "old.pst");
      writeFileSync(ansiFile, ansi);
      assert.throws(
        () => openPst(ansiFile),
        (error: unknown) => error instanceof PstOpenError && error.reason === "ansi"
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
