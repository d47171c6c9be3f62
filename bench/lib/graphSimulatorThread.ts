// The Graph simulator on a thread of its own, for the .pst import bench: in real life Graph is on
// Microsoft's machines, not on the importer's thread, so the importer's CPU (parsing the .pst) and
// the simulator's (reading bodies, base64) should not be counted against each other.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { OutlookLimits } from "@contracts/outlookLimits.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../server/simulators/graph/demoMailbox.js";

export interface GraphThread {
  baseUrl: string;
  /** Requests a budget refused with 429, so far. */
  refusals(): Promise<number>;
  close(): Promise<void>;
}

interface Options {
  latencyMs: number;
  limits: OutlookLimits;
}

/** Starts the simulator (one account, token "t") on a worker thread. */
export async function startGraphThread(options: Options): Promise<GraphThread> {
  // The worker runs this same file, TypeScript: tsx's loader is registered in it first (a
  // worker does not inherit the loader `--import tsx` gave the main thread on Node 20).
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: options });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  const baseUrl = (await next()) as string;
  return {
    baseUrl,
    refusals: async () => {
      worker.postMessage("refusals");
      return (await next()) as number;
    },
    close: async () => {
      worker.postMessage("close");
      await next();
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { latencyMs, limits } = workerData as Options;
  const account: SimulatedAccount = { seed: demoMailbox(new Date("2026-11-20T08:00:00Z")) };
  const graph = new GraphSimulator({
    accounts: new Map([["t", account]]),
    latencyMs,
    outlookLimits: limits,
  });
  port.postMessage(await graph.listen());
  port.on("message", (message: string) => {
    if (message === "refusals") port.postMessage(graph.budgetOf(account)!.refusals);
    if (message === "close") void graph.close().then(() => port.postMessage("closed"));
  });
}
