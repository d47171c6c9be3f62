// The page's side of a .pst import: starts the worker, follows what it says, answers its token
// requests, and remembers which import this file belongs to (localStorage) so that after a reload,
// choosing the same file again offers to resume it. Pausing stops the worker's run; resuming starts
// a new run on the same journal, which sends nothing twice.
import { useCallback, useEffect, useRef, useState } from "react";
import type { InterruptionReason } from "./engine/importInterruption.js";
import type { ImportProgress } from "./engine/importer.js";
import type { FolderReport, ReportLine } from "./engine/importReport.js";
import type { PlanChoices } from "./engine/importPlan.js";
import type { FileSummary, FromWorker, ToWorker } from "./workerProtocol.js";
import { graphAccess, type GraphAccess } from "./graphAccess.js";
import { localStorageStore } from "../storage/keyValueStore.js";

const SAVED_KEY = "mailbridge.pstImport";

export interface SavedImport {
  storeId: string;
  importId: string;
  choices: PlanChoices;
}

export type ImportState =
  | { kind: "idle" }
  | { kind: "reading"; fileName: string }
  | { kind: "openFailed"; reason: "notPst" | "ansi" | "unreadable"; detail: string }
  | { kind: "ready"; summary: FileSummary; saved: SavedImport | null }
  | { kind: "running"; summary: FileSummary; progress: ImportProgress | null; stopping: boolean }
  | { kind: "paused"; summary: FileSummary; progress: ImportProgress | null; saved: SavedImport }
  | {
      kind: "ended";
      summary: FileSummary;
      outcome: "finished" | "notHonoured" | "interrupted";
      problem: "draft" | "date" | null;
      interruption: InterruptionReason | null;
      folders: FolderReport[];
      lines: ReportLine[];
      saved: SavedImport;
    }
  /** `error`: the sign-in's or the service's (shown by ErrorBar), or anything else (a crash). */
  | { kind: "failed"; error: unknown };

export const importIdOf = (storeId: string, choices: PlanChoices): string =>
  `${storeId}:${choices.target.kind === "under" ? `under:${choices.target.folderName}` : "merge"}`;

export function usePstImport(mode: "demo" | "live") {
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const worker = useRef<Worker | null>(null);
  const access = useRef<GraphAccess | null>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const store = useRef(localStorageStore());

  const onMessage = useCallback((message: FromWorker) => {
    switch (message.type) {
      case "summary": {
        const saved = store.current.get(SAVED_KEY) as SavedImport | undefined;
        setState({
          kind: "ready",
          summary: message.summary,
          saved: saved?.storeId === message.summary.storeId ? saved : null,
        });
        break;
      }
      case "openFailed":
        setState({ kind: "openFailed", reason: message.reason, detail: message.detail });
        break;
      case "progress":
        setState((current) =>
          current.kind === "running" ? { ...current, progress: message.progress } : current
        );
        break;
      case "needToken":
        void (access.current?.token(message.renew) ?? Promise.resolve(null))
          .catch(() => null)
          .then((token) =>
            worker.current?.postMessage({ type: "token", token } satisfies ToWorker)
          );
        break;
      case "done": {
        const saved = store.current.get(SAVED_KEY) as SavedImport;
        setState((current): ImportState => {
          if (current.kind !== "running") return current;
          // The English detail is for whoever supports the user (the console), not for the page.
          if (message.detail) console.warn("MailBridge .pst import interrupted:", message.detail);
          if (message.outcome === "stopped")
            return { kind: "paused", summary: current.summary, progress: current.progress, saved };
          return {
            kind: "ended",
            summary: current.summary,
            outcome: message.outcome,
            problem: message.problem,
            interruption: message.interruption,
            folders: message.folders,
            lines: message.lines,
            saved,
          };
        });
        break;
      }
      case "failed":
        console.error("MailBridge .pst import failed:", message.detail);
        setState({ kind: "failed", error: new Error(message.detail) });
        break;
    }
  }, []);

  const open = useCallback(
    (file: File) => {
      worker.current?.terminate();
      const created = new Worker(
        /* webpackChunkName: "pstImportWorker" */ new URL(
          "./worker/importWorker.ts",
          import.meta.url
        )
      );
      created.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      created.onerror = (event) => setState({ kind: "failed", error: new Error(event.message) });
      worker.current = created;
      setState({ kind: "reading", fileName: file.name });
      created.postMessage({ type: "open", file } satisfies ToWorker);
    },
    [onMessage]
  );

  const start = useCallback(
    async (choices: PlanChoices) => {
      const current = stateRef.current;
      if (current.kind !== "ready" && current.kind !== "paused" && current.kind !== "ended") return;
      const summary = current.summary;
      const saved: SavedImport = {
        storeId: summary.storeId,
        importId: importIdOf(summary.storeId, choices),
        choices,
      };
      await store.current.set(SAVED_KEY, saved);
      try {
        access.current ??= await graphAccess(mode);
      } catch (error) {
        setState({ kind: "failed", error });
        return;
      }
      setState({ kind: "running", summary, progress: null, stopping: false });
      worker.current?.postMessage({
        type: "start",
        choices,
        graphBaseUrl: access.current.baseUrl,
        importId: saved.importId,
      } satisfies ToWorker);
    },
    [mode]
  );

  const pause = useCallback(() => {
    const current = stateRef.current;
    if (current.kind !== "running") return;
    setState({ ...current, stopping: true });
    worker.current?.postMessage({ type: "stop" } satisfies ToWorker);
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  return { state, open, start, pause };
}
