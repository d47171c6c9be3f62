// The service put together from its configuration: shared state (memory, or Redis), the mailbox
// backend (demo or live), the rule compiler's worker pool, readiness, and the Express app over them.
// main.ts serves it; the tests' harness serves the same assembly on a loopback port.
import type { Express } from "express";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { createApp, type AppDependencies } from "./app.js";
import { createMailboxBackend, type MailboxBackend } from "./mailboxBackend.js";
import { createSharedState, type SharedState } from "./state/sharedState.js";
import { compilePool } from "./http/routes/rules/compilePool.js";
import type { Metrics } from "./observability/metrics.js";
import { ReadinessProbe } from "./readiness.js";

export interface Service {
  app: Express;
  state: SharedState;
  readiness: ReadinessProbe;
  /** Closes the worker pool, the backend (demo simulator) and the shared state, in that order. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  metrics: Metrics;
  /** Rule compilation threads; `startIdle`: none until the first compile (tests). */
  compiler?: Parameters<typeof compilePool>[0];
  /** Tests only: another mailbox access or rate-limit store than the configuration's. */
  replace?: Partial<Pick<AppDependencies, "mailbox" | "rateLimitStores">>;
}

/** Throws RedisUnreachableError when REDIS_URL names a Redis that does not answer. */
export async function assembleService(
  config: Config,
  logger: Logger,
  { metrics, compiler: compilerOptions, replace = {} }: ServiceOptions
): Promise<Service> {
  const state = await createSharedState(config, logger);
  const backend: MailboxBackend = replace.mailbox
    ? { mailbox: replace.mailbox, readiness: [], close: async () => undefined }
    : await createMailboxBackend(config, state, metrics);
  const compiler = compilePool(compilerOptions);
  const readiness = new ReadinessProbe([
    ...(state.kind === "redis" ? [{ name: "sharedState" as const, check: state.check }] : []),
    ...backend.readiness,
  ]);
  const app = createApp({
    config,
    logger,
    mailbox: backend.mailbox,
    rateLimitStores: replace.rateLimitStores ?? state.rateLimitStores,
    compiler,
    metrics,
    readiness,
    ...(backend.demoGraph ? { demoGraph: backend.demoGraph } : {}),
  });
  return {
    app,
    state,
    readiness,
    close: async () => {
      await compiler.close();
      await backend.close();
      await state.close();
    },
  };
}
