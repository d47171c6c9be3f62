// Runs an import plan: finds what the target folders already hold (so a resume, or a second run
// after the browser's storage was cleared, sends nothing twice), imports the first item alone and
// reads it back — if Graph made it a draft or changed its date, the import stops there and says why —
// then the rest with four items in flight. Stopping (pause, tab closed) is an abort; running again
// with the same journal resumes.
import { OUTLOOK_LIMITS } from "@contracts/outlookLimits.js";
import { IMPORT_KEY_PROPERTY } from "./graphMessage.js";
import type { GraphTransport, Outcome } from "./graphTransport.js";
import { targetKey, type ImportPlan, type PlannedItem } from "./importPlan.js";
import type { ImportJournal } from "./journal.js";
import { MessageWriter, type ItemResult, type PreparedItem } from "./messageWriter.js";
import { ReadAhead } from "./readAhead.js";
import type { Clock, WaitReason } from "./pacer.js";
import type { PstReader } from "./pstReader.js";
import { TargetFolders } from "./targetFolders.js";
import { ImportReport } from "./importReport.js";
import {
  ImportInterruption,
  interruptionReasonOf,
  type InterruptionReason,
} from "./importInterruption.js";

export interface ImportProgress {
  messagesDone: number;
  messagesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Over this run (a resumed import counts from its restart). */
  messagesPerMinute: number;
  bytesPerMinute: number;
  secondsLeft: number | null;
  /** Why the import is waiting, and until when (ms since the epoch), if it is. */
  waiting: { reason: WaitReason; until: number } | null;
}

export type ImportOutcome =
  | { kind: "finished"; report: ImportReport }
  | { kind: "stopped"; report: ImportReport }
  /** Something outside any one item went wrong (the network, a listing): resuming takes it up again. */
  | { kind: "interrupted"; reason: InterruptionReason; detail: string; report: ImportReport }
  /** The first message read back as a draft or with another date: Graph does not keep them here. */
  | { kind: "notHonoured"; problem: "draft" | "date"; report: ImportReport };

export interface ImportRun {
  reader: PstReader;
  plan: ImportPlan;
  storeId: string;
  journal: ImportJournal;
  transport: GraphTransport;
  clock: Clock;
  signal: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** What the pacer is waiting for, if anything (shown with the progress). */
  waiting?: () => ImportProgress["waiting"];
}

/** Items imported side by side (each at most one request in flight; the pacer caps the total). */
const PARALLEL_ITEMS = OUTLOOK_LIMITS.concurrentRequests;
/** Items kept prepared for the lanes: one each. */
const READ_AHEAD = PARALLEL_ITEMS;

export async function runImport(run: ImportRun): Promise<ImportOutcome> {
  const { plan, journal, transport, clock, signal } = run;
  const records = await journal.records();
  const facts = await journal.facts();
  const folders = new TargetFolders(transport);
  const report = new ImportReport();
  const started = clock.now();
  let bytesThisRun = 0;
  let messagesThisRun = 0;
  let messagesDone = 0;
  let bytesDone = 0;
  const progress = () => {
    const minutes = Math.max((clock.now() - started) / 60_000, 1 / 600);
    const rate = messagesThisRun / minutes;
    run.onProgress?.({
      messagesDone,
      messagesTotal: plan.items.length,
      bytesDone,
      bytesTotal: plan.totalBytes,
      messagesPerMinute: rate,
      bytesPerMinute: bytesThisRun / minutes,
      secondsLeft: rate > 0 ? Math.round(((plan.items.length - messagesDone) / rate) * 60) : null,
      waiting: run.waiting?.() ?? null,
    });
  };
  const settled = (item: PlannedItem, result: ItemResult) => {
    report.add(item, result);
    messagesDone++;
    bytesDone += item.sizeBytes;
    if (result.status === "imported") {
      messagesThisRun++;
      bytesThisRun += item.sizeBytes;
    }
    progress();
  };

  let ahead: ReadAhead<PlannedItem, PreparedItem> | null = null;
  try {
    const writer = new MessageWriter({
      reader: run.reader,
      transport,
      folders,
      journal,
      records,
      onServer: await alreadyImported(plan, folders, transport, run.storeId),
      storeId: run.storeId,
      clock,
    });
    progress();
    ahead = new ReadAhead([...plan.items], (item) => writer.prepare(item), READ_AHEAD);
    if (!facts.verified) {
      for (let next = await ahead.take(); next; next = await ahead.take()) {
        const result = await writer.write(next);
        settled(next.item, result);
        if (!result.graphId) continue;
        const problem = await readBack(transport, result.graphId, run.reader, next.item);
        if (problem) return { kind: "notHonoured", problem, report };
        await journal.putFacts({ ...facts, verified: true });
        break;
      }
    }
    // The first error stops every lane from taking another item, and the run returns only once
    // every lane's item in hand is settled: nothing of this run is still writing when the user
    // resumes (a second run writing beside it could create an item twice).
    let failure: { error: unknown } | null = null;
    const lanes = ahead;
    await Promise.all(
      Array.from({ length: PARALLEL_ITEMS }, async () => {
        while (!failure && !signal.aborted) {
          try {
            const next = await lanes.take();
            if (!next || failure || signal.aborted) return;
            settled(next.item, await writer.write(next));
          } catch (error) {
            failure ??= { error };
          }
        }
      })
    );
    signal.throwIfAborted();
    if (failure) throw (failure as { error: unknown }).error;
    return { kind: "finished", report };
  } catch (error) {
    if (signal.aborted) return { kind: "stopped", report };
    return {
      kind: "interrupted",
      reason: interruptionReasonOf(error),
      detail: (error as Error).message,
      report,
    };
  } finally {
    ahead?.close();
  }
}

/** Import keys of this file already in each target folder, mapped to their message ids. */
async function alreadyImported(
  plan: ImportPlan,
  folders: TargetFolders,
  transport: GraphTransport,
  storeId: string
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const targets = new Map(plan.items.map((item) => [targetKey(item.target), item.target]));
  // Folders side by side (the pacer keeps to 4 requests in flight), pages of one folder in turn.
  await Promise.all(
    [...targets.values()].map(async (target) => {
      const folderId = await folders.idOf(target);
      const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${IMPORT_KEY_PROPERTY}' and startswith(ep/value, '${storeId.replace(/'/g, "''")}-'))`;
      const expand = `singleValueExtendedProperties($filter=id eq '${IMPORT_KEY_PROPERTY}')`;
      let url: string | null =
        `/me/mailFolders/${encodeURIComponent(folderId)}/messages?$filter=${encodeURIComponent(filter)}` +
        `&$select=id&$expand=${encodeURIComponent(expand)}&$top=1000`;
      while (url) {
        const page: Outcome<ListPage> = await transport.send<ListPage>({ method: "GET", url });
        if (page.kind !== "ok" || !Array.isArray(page.body.value))
          throw new ImportInterruption(
            page.kind === "unknown" ? "unreachable" : "refused",
            `could not list what ${target.path.join(" > ") || target.base} holds`
          );
        for (const message of page.body.value) {
          const key = message.singleValueExtendedProperties?.[0]?.value;
          if (key) found.set(key, message.id);
        }
        url = page.body["@odata.nextLink"] ?? null;
      }
    })
  );
  return found;
}

interface ListPage {
  value?: { id: string; singleValueExtendedProperties?: { id: string; value: string }[] }[];
  "@odata.nextLink"?: string;
}

/** Reads the created message back: not a draft, and received when the .pst says it was. */
async function readBack(
  transport: GraphTransport,
  graphId: string,
  reader: PstReader,
  item: PlannedItem
): Promise<"draft" | "date" | null> {
  const answer = await transport.send<{ isDraft?: boolean; receivedDateTime?: string }>({
    method: "GET",
    url: `/me/messages/${encodeURIComponent(graphId)}?$select=isDraft,receivedDateTime,sentDateTime`,
  });
  if (answer.kind !== "ok")
    throw new ImportInterruption(
      answer.kind === "unknown" ? "unreachable" : "refused",
      "the first imported message could not be read back"
    );
  if (answer.body.isDraft !== false) return "draft";
  const expected = reader.readMail(item).deliveryTime;
  const received = Date.parse(answer.body.receivedDateTime ?? "");
  if (expected && Math.abs(received - expected.getTime()) > 1000) return "date";
  return null;
}
