// The service as main.ts assembles it (server/service.ts), in the real HTTP server main.ts uses, on a
// loopback port, with a logger whose output the test can read (to prove what is never logged).
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { AppDependencies } from "../../server/app.js";
import { loadConfig, type Config } from "../../server/config.js";
import { createLogger } from "../../server/logger.js";
import { createHttpServer } from "../../server/http/httpServer.js";
import { OFFLINE_ENV } from "./offline.js";
import { Metrics } from "../../server/observability/metrics.js";
import { assembleService } from "../../server/service.js";

export interface TestApp {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  config: Config;
  metrics: Metrics;
  logLines(): string[];
  close(): Promise<void>;
}

/**
 * The app with its real mailbox backend for the configuration (demo simulator, or live) and its
 * shared state (memory, or Redis with REDIS_URL), unless `dependencies` name another mailbox access
 * (or another rate-limit store).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  dependencies: Partial<Pick<AppDependencies, "mailbox" | "rateLimitStores">> = {}
): Promise<TestApp> {
  const config = loadConfig({
    HTTPS: "false",
    LOG_LEVEL: "debug",
    // Suites send many refused requests on purpose; the slow-down has tests of its own (fairUse).
    RATE_LIMIT_REFUSALS: "1000000",
    ...OFFLINE_ENV,
    ...env,
  });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const metrics = new Metrics();
  const service = await assembleService(config, logger, {
    metrics,
    compiler: { threads: 1, startIdle: true },
    replace: dependencies,
  });
  const server = createHttpServer(service.app, logger, {
    keepAliveSeconds: config.keepAliveSeconds,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    config,
    metrics,
    logLines: () => lines,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      );
      await service.close();
    },
  };
}
