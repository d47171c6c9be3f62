// Rule compilation runs on worker threads (piscina), not on the thread that answers every other
// request: the largest rule set takes ~150 ms of CPU to validate, compile and serialise. The pool
// leaves one core to the main thread, and queues a bounded number of compilations; beyond it the
// service says it is busy (503) rather than letting the queue, and its memory, grow.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ServiceError } from "../../serviceError.js";
import type { CompileOutcome, CompileTask } from "./compileWork.js";

const MAX_QUEUE = 64;
const BUSY_RETRY_AFTER_SECONDS = 2;

/** From sources (tsx) the worker is a .ts file; from dist/ it is compileWorker.js beside main.js. */
const workerFile = (): string =>
  new URL(
    import.meta.url.endsWith(".ts") ? "./compileWorker.ts" : "./compileWorker.js",
    import.meta.url
  ).href;

export interface RuleCompiler {
  /** The answer's JSON text; throws the request's ServiceError (400, 413, 422, 503). */
  compile(task: CompileTask): Promise<string>;
  close(): Promise<void>;
}

export function compilePool(
  options: { threads?: number; maxQueue?: number; startIdle?: boolean } = {}
): RuleCompiler {
  const pool = new Piscina<CompileTask, CompileOutcome>({
    filename: workerFile(),
    // A service keeps a worker ready; a test app starts one only if it compiles.
    minThreads: options.startIdle ? 0 : 1,
    maxThreads: options.threads ?? Math.max(1, availableParallelism() - 1),
    maxQueue: options.maxQueue ?? MAX_QUEUE,
    idleTimeout: 60_000,
  });
  return {
    async compile(task) {
      if (pool.queueSize >= pool.options.maxQueue)
        throw new ServiceError("server_busy", { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
      const outcome = await pool.run(task);
      if (outcome.ok) return outcome.json;
      throw ServiceError.revive(outcome.code, outcome.details);
    },
    close: () => pool.close(),
  };
}
