// The messages between the taskpane and the import worker. The worker reads the .pst and talks to
// Graph itself; the page only shows what it says and answers its requests for a Graph token.
import type { FolderSummary, PlanChoices } from "./engine/importPlan.js";
import type { ImportOutcome, ImportProgress } from "./engine/importer.js";
import type { FolderReport, ReportLine } from "./engine/importReport.js";
import type { PstProblem } from "./engine/pstReader.js";
import type { InterruptionReason } from "./engine/importInterruption.js";

export type ToWorker =
  | { type: "open"; file: File }
  | {
      type: "start";
      choices: PlanChoices;
      /** Graph's version root: Microsoft's, or the demo mailbox's behind our service. */
      graphBaseUrl: string;
      importId: string;
    }
  | { type: "stop" }
  | { type: "token"; token: string | null };

export interface FileSummary {
  storeId: string;
  fileName: string;
  fileBytes: number;
  folders: FolderSummary[];
  problems: PstProblem[];
}

export type FromWorker =
  | { type: "summary"; summary: FileSummary }
  | { type: "openFailed"; reason: "notPst" | "ansi" | "unreadable"; detail: string }
  | { type: "progress"; progress: ImportProgress }
  /** The worker needs a Graph token (`renew`: the last one was refused). */
  | { type: "needToken"; renew: boolean }
  | {
      type: "done";
      outcome: Exclude<ImportOutcome["kind"], never>;
      problem: "draft" | "date" | null;
      interruption: InterruptionReason | null;
      /** The interruption's English detail: for the console (support), not for the page. */
      detail: string | null;
      folders: FolderReport[];
      lines: ReportLine[];
    }
  | { type: "failed"; detail: string };
