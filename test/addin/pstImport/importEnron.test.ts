import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { pffexport, type PffExport } from "../../helpers/formats/pffexport.js";
import { ENRON_PST, openPst } from "../../helpers/enronPst.js";
import {
  createdMessages,
  fastClock,
  folderPathOf,
  withGraph,
  type Harness,
} from "../../helpers/pstImportHarness.js";
import {
  planImport,
  summarize,
  type ImportPlan,
} from "../../../addin/src/pstImport/engine/importPlan.js";
import { runImport, type ImportOutcome } from "../../../addin/src/pstImport/engine/importer.js";
import { MemoryJournal, type ImportJournal } from "../../../addin/src/pstImport/engine/journal.js";
import { IMPORT_KEY_PROPERTY } from "../../../addin/src/pstImport/engine/graphMessage.js";
import type { PstReader } from "../../../addin/src/pstImport/engine/pstReader.js";
import { ImportInterruption } from "../../../addin/src/pstImport/engine/importInterruption.js";
import type { FaultKind } from "../../../server/simulators/graph/faults.js";

const TARGET = "Importé de Outlook (test)";
const KEY_ID = IMPORT_KEY_PROPERTY.replace(
  /\{(.*)\}/,
  (_, guid: string) => `{${guid.toLowerCase()}}`
);
const EVERY_FAULT: FaultKind[] = [
  "throttle",
  "unavailable",
  "timeout",
  "lostAnswer",
  "malformed",
  "empty",
  "truncated",
  "slowBody",
];

let oracle: PffExport;
let reader: PstReader;
let plan: ImportPlan;

async function importOnce(
  harness: Harness,
  journal: ImportJournal,
  stopAfter?: number,
  page: Pick<Parameters<Harness["connect"]>[0], "fetch" | "accessToken"> = {}
): Promise<ImportOutcome> {
  const controller = new AbortController();
  const clock = fastClock(50);
  const { transport } = harness.connect({
    clock,
    signal: controller.signal,
    timeoutMs: 500,
    ...page,
  });
  return runImport({
    reader,
    plan,
    storeId: reader.storeId,
    journal,
    transport,
    clock,
    signal: controller.signal,
    onProgress: (progress) => {
      if (stopAfter !== undefined && progress.messagesDone >= stopAfter) controller.abort();
    },
  });
}

/** Runs (and resumes, as the user would) until the import says it finished with nothing failed. */
async function importToTheEnd(harness: Harness, journal: ImportJournal): Promise<number> {
  for (let run = 1; run <= 4; run++) {
    const outcome = await importOnce(harness, journal);
    assert.equal(outcome.kind, "finished");
    if (outcome.report.lines.every((line) => line.status !== "failed")) return run;
  }
  assert.fail("items still failing after 4 runs");
}

/** What the mailbox holds, held against pffexport's reading of the file. */
function assertImportedExactly(harness: Harness): void {
  const { graph, account } = harness;
  const messages = createdMessages(graph, account);
  const keys = messages.map((message) => message.extendedProperties.get(KEY_ID));
  assert.equal(new Set(keys).size, keys.length, "no item imported twice");
  assert.ok(keys.every(Boolean), "every message carries its import key");
  const expected = [...oracle.values()].flat().length;
  assert.equal(messages.length, expected, "every mail item imported");
  for (const [folder, items] of oracle) {
    const here = messages.filter(
      (message) => folderPathOf(graph, account, message).join(" / ") === `${TARGET} / ${folder}`
    );
    assert.equal(here.length, items.length, `${folder}: every item in its folder`);
    for (const item of items) {
      const match = here.find(
        (message) =>
          message.subject === item.subject && message.receivedDateTime === item.deliveryTime
      );
      assert.ok(match, `${folder}: ${item.subject} (${item.deliveryTime}) is there with its date`);
      assert.equal(match.isDraft, false, `${item.subject}: not a draft`);
      assert.equal(match.sentDateTime, item.submitTime, `${item.subject}: sent date`);
      assert.equal(match.isRead, item.read, `${item.subject}: read state`);
      assert.deepEqual(
        match.attachments
          .map((attachment) => createHash("sha256").update(attachment.bytes).digest("hex"))
          .sort(),
        item.attachmentSha256,
        `${item.subject}: attachments byte for byte`
      );
    }
  }
}

describe("importing enron.pst into a mailbox through Graph (the simulator), exactly once", function () {
  this.timeout(60000);

  before(() => {
    oracle = pffexport(ENRON_PST);
    reader = openPst();
    plan = planImport(summarize(reader), {
      folderIds: "all",
      years: "all",
      order: "newestFirst",
      target: { kind: "under", folderName: TARGET },
    });
  });

  it("imports every mail item once, in its folder, not a draft, with its dates, read state and attachments", async () => {
    await withGraph({}, async (harness) => {
      const journal = new MemoryJournal();
      const outcome = await importOnce(harness, journal);
      assert.equal(outcome.kind, "finished");
      assert.deepEqual(
        outcome.report.folders().map((folder) => folder.failed + folder.skipped),
        outcome.report.folders().map(() => 0)
      );
      assertImportedExactly(harness);
      assert.equal(
        harness.graph.stats.peakInFlight <= 4,
        true,
        `peak ${harness.graph.stats.peakInFlight}`
      );
    });
  });

  it("does the same when 30 % of Graph's answers fail in every way (throttled, refused, lost after saving, broken)", async () => {
    await withGraph(
      { faults: { rate: 0.3, seed: 7, kinds: EVERY_FAULT, hangMs: 700, retryAfterSeconds: 2 } },
      async (harness) => {
        await importToTheEnd(harness, new MemoryJournal());
        assert.ok(
          harness.graph.stats.faults > 30,
          `faults injected: ${harness.graph.stats.faults}`
        );
        assert.ok(
          harness.waits.includes("throttled"),
          "Retry-After waits were honoured and reported"
        );
        assertImportedExactly(harness);
      }
    );
  });

  it("stopped halfway (the tab closed) and resumed, sends nothing twice and misses nothing, even with a lost journal", async () => {
    await withGraph(
      { faults: { rate: 0.3, seed: 3, kinds: EVERY_FAULT, hangMs: 700, retryAfterSeconds: 1 } },
      async (harness) => {
        const journal = new MemoryJournal();
        const stopped = await importOnce(harness, journal, 30);
        assert.equal(stopped.kind, "stopped");
        const halfway = createdMessages(harness.graph, harness.account).length;
        assert.ok(halfway >= 30 && halfway < 71, `stopped halfway (${halfway} created)`);
        await importToTheEnd(harness, journal);
        assertImportedExactly(harness);
        // The browser's storage cleared: the import finds its messages by key and creates nothing.
        const again = await importOnce(harness, new MemoryJournal());
        assert.equal(again.kind, "finished");
        assert.ok(again.report.lines.every((line) => line.status === "alreadyThere"));
        assertImportedExactly(harness);
      }
    );
  });

  it("offline, or without a Graph token, ends 'interrupted' with the reason, and resumes exactly once", async () => {
    await withGraph({}, async (harness) => {
      const journal = new MemoryJournal();
      const offline = await importOnce(harness, journal, undefined, {
        fetch: () => Promise.reject(new TypeError("fetch failed")),
      });
      assert.equal(offline.kind, "interrupted");
      assert.equal(offline.kind === "interrupted" && offline.reason, "unreachable");
      const noToken = await importOnce(harness, journal, undefined, {
        accessToken: () =>
          Promise.reject(new ImportInterruption("signIn", "no Graph token: sign in to resume")),
      });
      assert.equal(noToken.kind === "interrupted" && noToken.reason, "signIn");
      assert.equal(createdMessages(harness.graph, harness.account).length, 0, "nothing sent");
      assert.equal((await importOnce(harness, journal)).kind, "finished");
      assertImportedExactly(harness);
    });
  });

  it("the network lost part-way: the run stops at once as interrupted, and a run back online completes it once", async () => {
    await withGraph({}, async (harness) => {
      const journal = new MemoryJournal();
      let sent = 0;
      const outcome = await importOnce(harness, journal, undefined, {
        fetch: (input, init) =>
          ++sent > 40 ? Promise.reject(new TypeError("fetch failed")) : fetch(input, init),
      });
      assert.equal(outcome.kind === "interrupted" && outcome.reason, "unreachable");
      const first = createdMessages(harness.graph, harness.account).length;
      assert.ok(first > 0 && first < 71, `part-way (${first} created)`);
      await importToTheEnd(harness, journal);
      assertImportedExactly(harness);
    });
  });
});
