// The import worker: reads the chosen .pst through FileReaderSync (never whole in memory), plans the
// import and writes each message to Graph itself, so mail goes from the user's computer to Microsoft
// without passing through the MailBridge service. Stopping is aborting; the journal (IndexedDB)
// makes the next start a resume.
import { PSTFile } from "pst-extractor";
import { OUTLOOK_LIMITS } from "@contracts/outlookLimits.js";
import { mapFile, readHead } from "./fileReaderFs.js";
import { IndexedDbJournal } from "./indexedDbJournal.js";
import { openPstExtractorReader } from "../engine/pstExtractorReader.js";
import { PstOpenError, type PstReader } from "../engine/pstReader.js";
import { planImport, summarize, type PstSummary } from "../engine/importPlan.js";
import { GraphTransport } from "../engine/graphTransport.js";
import { Pacer, realClock, type WaitReason } from "../engine/pacer.js";
import { runImport, type ImportProgress } from "../engine/importer.js";
import { ImportInterruption } from "../engine/importInterruption.js";
import type { FromWorker, ToWorker } from "../workerProtocol.js";

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker) => scope.postMessage(message);

let opened: { reader: PstReader; summary: PstSummary } | null = null;
let running: AbortController | null = null;
const tokenWaiters: ((token: string | null) => void)[] = [];

function open(file: File): void {
  const path = `/${file.name}`;
  mapFile(path, file);
  const header = readHead(file, 16);
  try {
    const reader = openPstExtractorReader(
      () => new PSTFile(path),
      header,
      `${file.name}:${file.size}`
    );
    const summary = summarize(reader);
    opened = { reader, summary };
    post({
      type: "summary",
      summary: {
        storeId: summary.storeId,
        fileName: file.name,
        fileBytes: file.size,
        folders: summary.folders,
        problems: summary.problems,
      },
    });
  } catch (error) {
    if (error instanceof PstOpenError)
      post({ type: "openFailed", reason: error.reason, detail: error.message });
    else post({ type: "openFailed", reason: "unreadable", detail: (error as Error).message });
  }
}

function token(renew: boolean): Promise<string | null> {
  post({ type: "needToken", renew });
  return new Promise((resolve) => tokenWaiters.push(resolve));
}

async function start(message: Extract<ToWorker, { type: "start" }>): Promise<void> {
  if (!opened || running) return;
  const controller = new AbortController();
  running = controller;
  let waiting: ImportProgress["waiting"] = null;
  const pacer = new Pacer(OUTLOOK_LIMITS, realClock, (reason: WaitReason, until: number) => {
    waiting = { reason, until };
  });
  const transport = new GraphTransport({
    baseUrl: message.graphBaseUrl,
    accessToken: async (renew) => {
      const given = await token(renew);
      if (given) return given;
      // No token (sign-in cancelled or refused): the run ends, resumable.
      throw new ImportInterruption("signIn", "no Graph token: sign in to resume");
    },
    pacer,
    clock: realClock,
    signal: controller.signal,
  });
  const journal = await IndexedDbJournal.open(message.importId);
  try {
    const plan = planImport(opened.summary, message.choices);
    const outcome = await runImport({
      reader: opened.reader,
      plan,
      storeId: opened.summary.storeId,
      journal,
      transport,
      clock: realClock,
      signal: controller.signal,
      waiting: () => (waiting && waiting.until > Date.now() ? waiting : null),
      onProgress: (progress) => post({ type: "progress", progress }),
    });
    post({
      type: "done",
      outcome: outcome.kind,
      problem: outcome.kind === "notHonoured" ? outcome.problem : null,
      interruption: outcome.kind === "interrupted" ? outcome.reason : null,
      detail: outcome.kind === "interrupted" ? outcome.detail : null,
      folders: outcome.report.folders(),
      lines: outcome.report.lines,
    });
  } catch (error) {
    post({ type: "failed", detail: (error as Error).message });
  } finally {
    journal.close();
    running = null;
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "open":
      open(message.file);
      break;
    case "start":
      void start(message);
      break;
    case "stop":
      running?.abort();
      break;
    case "token":
      tokenWaiters.shift()?.(message.token);
      break;
  }
};
