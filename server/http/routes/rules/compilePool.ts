// Rule compilation runs on worker threads (piscina), not on the thread that answers every other
// request: the largest rule set takes ~150 ms of CPU to validate, compile and serialise. The pool
// leaves one core to the main thread (and runs at a lower priority, compileWorker.ts), and queues a
// bounded number of compilations; beyond it the service says it is busy (503) rather than letting
// the queue, and its memory, grow.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ServiceError } from "../../serviceError.js";
import type { CompileTask, WorkerAnswer } from "./compileWork.js";

const MAX_QUEUE = 64;
const BUSY_RETRY_AFTER_SECONDS = 2;

/** From sources (tsx) the worker is a .ts file; from dist/ it is compileWorker.js beside main.js. */
const workerFile = (): string =>
  new URL(
    import.meta.url.endsWith(".ts") ? "./compileWorker.ts" : "./compileWorker.js",
    import.meta.url
  ).href;

export interface RuleCompiler {
  /**
   * The answer's JSON in UTF-8, compressed as the task says; throws the request's ServiceError
   * (400, 413, 422, 503).
   */
  compile(task: CompileTask): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function compilePool(
  options: { threads?: number; maxQueue?: number; startIdle?: boolean } = {}
): RuleCompiler {
  const pool = new Piscina<CompileTask, WorkerAnswer>({
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
      const answer = await pool.run(task);
      if (answer instanceof Uint8Array) return answer;
      throw ServiceError.revive(answer.code, answer.details);
    },
    close: () => pool.close(),
  };
}
