// .pst import speed against the Graph simulator with 100 ms per request and Outlook's budgets enforced:
//   npx tsx --expose-gc bench/pst-import.ts
// 1. enron.pst, then small mail in numbers (1,000 made-up messages of 4 KB): messages/min,
//    requests/min and the ratio to what 4 requests in flight allow at 100 ms (2,400 requests/min).
// 2. Attachment-heavy mail (made up, one attachment per message): MB/min uploaded and the ratio to the
//    upload budget (150 MB per 5 min = 30 MB/min). The budget's window is scaled down 10 times (15 MB
//    per 30 s, the same rate) so the steady state shows within a minute, and the attachments with it
//    (200 KB stands for 2 MB), so each request is the same share of a window as in real life; the
//    importer and the simulator use the same scaled limits.
// 3. Memory: the same number of messages with bodies 50 times larger (the file's size), then more
//    and more messages (what the importer keeps per message: the plan, the journal's records, the
//    report's lines).
// The simulator runs on a thread of its own (as Graph runs on Microsoft's machines), so the main
// thread is the importer alone: the code the browser worker runs, with the .pst parsing. Memory is
// that thread's heap above what it held before: "peak" (heap + ArrayBuffers) as sampled every 20 ms,
// garbage and buffers on their way to Graph included; "retained" (heap) after a full GC at each tenth
// of the run: what the importer keeps (run with --expose-gc, as the command above does through tsx).
// Not a browser measurement. In the
// browser the journal is IndexedDB, off the worker's heap: the memory runs keep it off the heap too.
// "Steady" figures leave out the start (folders found or created, the first message read back).
import { performance } from "node:perf_hooks";
import { OUTLOOK_LIMITS, type OutlookLimits } from "@contracts/outlookLimits.js";
import { startGraphThread } from "./lib/graphSimulatorThread.js";
import { GraphTransport } from "../addin/src/pstImport/engine/graphTransport.js";
import { Pacer, realClock } from "../addin/src/pstImport/engine/pacer.js";
import { planImport, summarize } from "../addin/src/pstImport/engine/importPlan.js";
import { runImport } from "../addin/src/pstImport/engine/importer.js";
import { MemoryJournal, type ImportJournal } from "../addin/src/pstImport/engine/journal.js";
import type { PstReader } from "../addin/src/pstImport/engine/pstReader.js";
import { openPst } from "../test/helpers/enronPst.js";
import { syntheticReader } from "../test/helpers/syntheticPst.js";

const LATENCY_MS = 100;
const MB = 1_000_000;

interface Result {
  messages: number;
  seconds: number;
  requests: number;
  uploadedBytes: number;
  /** Uploaded during the second budget window (the first full one after the opening burst). */
  secondWindowBytes: number;
  peakMemory: number;
  /** Largest heap left after a full GC, taken at each tenth of the run (objects the importer keeps). */
  retainedMemory: number;
  refusals: number;
  /** Requests sent and seconds taken once the first message was in. */
  steadyRequests: number;
  steadyRequestSeconds: number;
  /** CPU time of this process (the importer's thread and the simulator's together). */
  cpuSeconds: number;
}

/** A journal kept off this thread's heap, as IndexedDB is in the browser (nothing is resumed here). */
const offHeapJournal = (): ImportJournal => ({
  records: async () => new Map(),
  put: async () => undefined,
  facts: async () => ({ verified: false }),
  putFacts: async () => undefined,
});

const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function importInto(
  reader: PstReader,
  limits: OutlookLimits,
  latencyMs = LATENCY_MS,
  journal: ImportJournal = new MemoryJournal()
): Promise<Result> {
  const uploads: { at: number; bytes: number }[] = [];
  const graph = await startGraphThread({ latencyMs, limits });
  gc();
  const held = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const baseline = held();
  let peak = 0;
  let retained = 0;
  const sample = () => {
    peak = Math.max(peak, held() - baseline);
  };
  const heapBaseline = process.memoryUsage().heapUsed;
  const retain = () => {
    gc();
    retained = Math.max(retained, process.memoryUsage().heapUsed - heapBaseline);
  };
  const sampler = setInterval(sample, 20);
  try {
    const plan = planImport(summarize(reader), {
      folderIds: "all",
      years: "all",
      order: "newestFirst",
      target: { kind: "under", folderName: "Bench" },
    });
    const pacer = new Pacer(limits);
    const transport = new GraphTransport({
      baseUrl: graph.baseUrl,
      accessToken: async () => "t",
      pacer,
      clock: realClock,
      // Counts what is sent (bodies of writes), when it leaves.
      fetch: (input, init) => {
        const body = init?.body as Uint8Array | undefined;
        if (body?.length) uploads.push({ at: performance.now(), bytes: body.length });
        return fetch(input, init);
      },
    });
    const cpu = process.cpuUsage();
    const started = performance.now();
    let firstIn: { at: number; requests: number } | null = null;
    const outcome = await runImport({
      reader,
      plan,
      storeId: reader.storeId,
      journal,
      transport,
      clock: realClock,
      signal: new AbortController().signal,
      onProgress: (progress) => {
        if (!firstIn && progress.messagesDone >= 1)
          firstIn = { at: performance.now(), requests: transport.requestCount };
        const tenth = Math.max(1, Math.floor(progress.messagesTotal / 10));
        if (progress.messagesDone % tenth === 0) retain();
      },
    });
    const ended = performance.now();
    const used = process.cpuUsage(cpu);
    const first = firstIn as { at: number; requests: number } | null;
    if (outcome.kind !== "finished") throw new Error(`import ${outcome.kind}`);
    sample();
    return {
      messages: plan.items.length,
      seconds: (ended - started) / 1000,
      requests: transport.requestCount,
      uploadedBytes: uploads.reduce((sum, upload) => sum + upload.bytes, 0),
      secondWindowBytes: uploads
        .filter(
          (upload) =>
            upload.at >= started + limits.uploadWindowMs &&
            upload.at < started + 2 * limits.uploadWindowMs
        )
        .reduce((sum, upload) => sum + upload.bytes, 0),
      peakMemory: peak,
      retainedMemory: retained,
      refusals: await graph.refusals(),
      steadyRequests: transport.requestCount - (first?.requests ?? 0),
      steadyRequestSeconds: (ended - (first?.at ?? started)) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
    };
  } finally {
    clearInterval(sampler);
    await graph.close();
  }
}

const perMinute = (count: number, seconds: number) => (count / seconds) * 60;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

async function main(): Promise<void> {
  console.log(
    `.pst import, ${LATENCY_MS} ms per request, Outlook's budgets enforced by the simulator\n`
  );

  const requestBound = (OUTLOOK_LIMITS.concurrentRequests / LATENCY_MS) * 1000 * 60;
  const share = (requestsPerMinute: number) =>
    `${requestsPerMinute.toFixed(0)} requests/min = ${((requestsPerMinute / requestBound) * 100).toFixed(0)} % of the 4-in-flight bound`;
  const reportRequests = (title: string, run: Result) => {
    console.log(title);
    console.log(
      `  ${run.messages} messages in ${run.seconds.toFixed(1)} s, ${run.requests} requests, ${run.refusals} refused by a budget`
    );
    console.log(
      `  ${perMinute(run.messages, run.seconds).toFixed(0)} messages/min, ${mb(perMinute(run.uploadedBytes, run.seconds))} MB/min, ` +
        `${share(perMinute(run.requests, run.seconds))} (${requestBound}/min)`
    );
    console.log(
      `  start (folder tree found or made one level at a time, the first message alone and read back): ${(run.seconds - run.steadyRequestSeconds).toFixed(1)} s`
    );
    console.log(
      `  after the first message: ${share(perMinute(run.steadyRequests, run.steadyRequestSeconds))}`
    );
    console.log(
      `  peak memory ${mb(run.peakMemory)} MB; CPU ${run.cpuSeconds.toFixed(1)} s in ${run.seconds.toFixed(1)} s (importer's and simulator's threads together)\n`
    );
  };
  reportRequests("enron.pst", await importInto(openPst(), OUTLOOK_LIMITS));
  // enron.pst's 71 messages carry 11.8 MB of attachments and its run is mostly start and tail:
  // small mail in numbers shows the rate an import keeps up.
  reportRequests(
    "small mail in numbers (made up: 1,000 messages of 4 KB)",
    await importInto(
      syntheticReader(
        Array.from({ length: 1000 }, (_, index) => ({ subject: `m${index}`, bodyBytes: 4000 }))
      ),
      OUTLOOK_LIMITS
    )
  );

  const scale = 10;
  const scaled: OutlookLimits = {
    ...OUTLOOK_LIMITS,
    uploadBytesPerWindow: OUTLOOK_LIMITS.uploadBytesPerWindow / scale,
    uploadWindowMs: OUTLOOK_LIMITS.uploadWindowMs / scale,
  };
  const heavyMails = Array.from({ length: 120 }, (_, index) => ({
    subject: `heavy ${index}`,
    attachments: [2_000_000 / scale],
  }));
  const heavy = await importInto(syntheticReader(heavyMails), scaled);
  const budgetRate = perMinute(
    OUTLOOK_LIMITS.uploadBytesPerWindow,
    OUTLOOK_LIMITS.uploadWindowMs / 1000
  );
  console.log(
    `attachment-heavy mail (120 × 200 KB; budget window and attachments scaled ${scale}×: ${mb(scaled.uploadBytesPerWindow)} MB per ${scaled.uploadWindowMs / 1000} s, as 2 MB attachments in 150 MB per 5 min)`
  );
  console.log(
    `  ${heavy.messages} messages in ${heavy.seconds.toFixed(1)} s, ${heavy.requests} requests, ${heavy.refusals} refused by a budget`
  );
  console.log(
    `  ${perMinute(heavy.messages, heavy.seconds).toFixed(0)} messages/min, ${mb(perMinute(heavy.uploadedBytes, heavy.seconds))} MB/min sent overall (first window's burst included)`
  );
  console.log(
    `  second window (saturated): ${mb(heavy.secondWindowBytes)} MB sent = ${((heavy.secondWindowBytes / scaled.uploadBytesPerWindow) * 100).toFixed(0)} % of the budget, ` +
      `i.e. ${mb((heavy.secondWindowBytes / scaled.uploadBytesPerWindow) * budgetRate)} MB/min of the budget-bound ${mb(budgetRate)} MB/min ` +
      `(attachments under 3 MB travel as base64 in JSON: 3/4 of that is mail)`
  );
  console.log(`  peak memory ${mb(heavy.peakMemory)} MB\n`);

  console.log(
    "memory (made-up mail, 10 ms per request; the journal off the heap, as in a browser)"
  );
  const smallMail = (count: number, bodyBytes: number) =>
    syntheticReader(
      Array.from({ length: count }, (_, index) => ({ subject: `m${index}`, bodyBytes }))
    );
  const memoryOf = async (count: number, bodyBytes: number) => {
    const run = await importInto(smallMail(count, bodyBytes), OUTLOOK_LIMITS, 10, offHeapJournal());
    console.log(
      `  ${count} messages of ${bodyBytes / 1000} KB (${mb(count * bodyBytes)} MB of mail): ${run.seconds.toFixed(1)} s, ` +
        `retained heap ${mb(run.retainedMemory)} MB, peak ${mb(run.peakMemory)} MB`
    );
    return run.retainedMemory;
  };
  await memoryOf(500, 4_000);
  await memoryOf(500, 200_000);
  const counts = [2_000, 8_000];
  const retained = [];
  for (const count of counts) retained.push(await memoryOf(count, 4_000));
  console.log(
    `  kept per message (plan, journal records, report line): ${((retained[1]! - retained[0]!) / (counts[1]! - counts[0]!) / 1000).toFixed(2)} KB`
  );
}

await main();
