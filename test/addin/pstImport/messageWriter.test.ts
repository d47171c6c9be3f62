import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { OUTLOOK_LIMITS, type OutlookLimits } from "@contracts/outlookLimits.js";
import { syntheticReader, type SyntheticMail } from "../../helpers/syntheticPst.js";
import {
  createdMessages,
  fastClock,
  withGraph,
  type Harness,
} from "../../helpers/pstImportHarness.js";
import { planImport, summarize } from "../../../addin/src/pstImport/engine/importPlan.js";
import { runImport, type ImportOutcome } from "../../../addin/src/pstImport/engine/importer.js";
import { MemoryJournal } from "../../../addin/src/pstImport/engine/journal.js";
import { realClock, type Clock } from "../../../addin/src/pstImport/engine/pacer.js";
import type { PstReader } from "../../../addin/src/pstImport/engine/pstReader.js";
import type { GraphExchange } from "../../../server/simulators/graph/graphSimulator.js";

const MB = 1_000_000;

async function importMails(
  harness: Harness,
  reader: PstReader,
  clock: Clock = fastClock(50),
  limits: OutlookLimits = OUTLOOK_LIMITS
): Promise<ImportOutcome> {
  const plan = planImport(summarize(reader), {
    folderIds: "all",
    years: "all",
    order: "oldestFirst",
    target: { kind: "under", folderName: "Import" },
  });
  const controller = new AbortController();
  const { transport } = harness.connect({
    clock,
    signal: controller.signal,
    limits,
    timeoutMs: 5000,
  });
  return runImport({
    reader,
    plan,
    storeId: reader.storeId,
    journal: new MemoryJournal(),
    transport,
    clock,
    signal: controller.signal,
  });
}

const pattern = (size: number, index: number, item: number) => {
  const bytes = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset++) bytes[offset] = (offset * 31 + index + item) & 0xff;
  return createHash("sha256").update(bytes).digest("hex");
};

describe("writing .pst messages through Graph: attachments, limits and budgets", function () {
  this.timeout(60000);

  it("sends small attachments with the message, the others by POST (< 3 MB) or an upload session (3–150 MB), byte for byte", async () => {
    const exchanges: GraphExchange[] = [];
    const mails: SyntheticMail[] = [
      { subject: "small ones", attachments: [1000, 200_000] },
      { subject: "too many for one request", attachments: [1_500_000, 1_500_000, 1_500_000] },
      { subject: "large", attachments: [10_000, 7_200_000] },
    ];
    await withGraph({ onExchange: (exchange) => exchanges.push(exchange) }, async (harness) => {
      const outcome = await importMails(harness, syntheticReader(mails));
      assert.equal(outcome.kind, "finished");
      const messages = createdMessages(harness.graph, harness.account);
      mails.forEach((mail, item) => {
        const message = messages.find((candidate) => candidate.subject === mail.subject)!;
        assert.deepEqual(
          message.attachments.map((attachment) =>
            createHash("sha256").update(attachment.bytes).digest("hex")
          ),
          mail.attachments!.map((size, index) => pattern(size, index, item)),
          mail.subject
        );
        assert.equal(message.isDraft, false);
      });
      const kinds = exchanges.map(
        (exchange) => `${exchange.method} ${exchange.path.replace(/AAMk\w+/g, "{id}")}`
      );
      assert.ok(kinds.includes("POST /me/messages/{id}/attachments"), "an attachment posted alone");
      assert.ok(
        kinds.includes("POST /me/messages/{id}/attachments/createUploadSession"),
        "an upload session"
      );
      const creates = exchanges.filter(
        (exchange) => /\/messages$/.test(exchange.path) && exchange.method === "POST"
      );
      assert.ok(
        creates.every(
          (exchange) => JSON.stringify(exchange.requestBody).length < OUTLOOK_LIMITS.maxRequestBytes
        ),
        "no create request over 4 MB"
      );
    });
  });

  it("skips and lists what Graph cannot take: a body over 4 MB, an attachment over 150 MB", async () => {
    await withGraph({}, async (harness) => {
      const outcome = await importMails(
        harness,
        syntheticReader([
          { subject: "ok" },
          { subject: "huge body", bodyBytes: 5 * MB },
          { subject: "huge attachment", declaredAttachments: [151 * MB] },
        ])
      );
      assert.equal(outcome.kind, "finished");
      assert.deepEqual(
        outcome.report.lines.map((line) => [line.subject, line.status, line.reason]),
        [
          ["ok", "imported", null],
          ["huge body", "skipped", "messageTooLarge"],
          ["huge attachment", "skipped", "attachmentTooLarge"],
        ]
      );
      assert.equal(createdMessages(harness.graph, harness.account).length, 1);
    });
  });

  it("keeps to Outlook's upload and request budgets by itself: Graph never has to refuse a request", async () => {
    // The budgets scaled down 100 times (same rates): 1.5 MB per 3 s, 100 requests per 6 s.
    const limits: OutlookLimits = {
      ...OUTLOOK_LIMITS,
      uploadBytesPerWindow: 1.5 * MB,
      uploadWindowMs: 3000,
      requestsPerWindow: 100,
      requestWindowMs: 6000,
    };
    const mails = Array.from({ length: 24 }, (_, index) => ({
      subject: `m${index}`,
      attachments: [100_000],
    }));
    await withGraph({ outlookLimits: limits }, async (harness) => {
      const started = Date.now();
      const outcome = await importMails(harness, syntheticReader(mails), realClock, limits);
      const seconds = (Date.now() - started) / 1000;
      assert.equal(outcome.kind, "finished");
      assert.equal(createdMessages(harness.graph, harness.account).length, 24);
      assert.deepEqual(
        harness.graph.budgetOf(harness.account)!.refused,
        { concurrency: 0, requests: 0, uploads: 0 },
        "no 429 from the budgets"
      );
      assert.ok(
        harness.waits.includes("uploadBudget"),
        "the importer waited for the upload budget"
      );
      // 24 × ~135 KB of JSON (3.2 MB) at 1.425 MB per 3 s cannot all go in less than ~3.7 s.
      assert.ok(seconds > 3.5, `paced: ${seconds} s`);
    });
  });

  it("honours Retry-After: after a 429 nothing is sent before the time Graph gave, and the wait is shown", async () => {
    // The fourth request is answered 429 with Retry-After: 1.
    await withGraph(
      { faults: { script: [null, null, null, "throttle"], retryAfterSeconds: 1 } },
      async (harness) => {
        const started = Date.now();
        const outcome = await importMails(
          harness,
          syntheticReader([{ subject: "a" }, { subject: "b" }]),
          realClock
        );
        assert.equal(outcome.kind, "finished");
        assert.deepEqual(harness.waits, ["throttled"]);
        assert.ok(Date.now() - started >= 1000, "waited the second Graph asked for");
        assert.equal(createdMessages(harness.graph, harness.account).length, 2);
      }
    );
  });
});
