// Starts the MailBridge service: validates configuration, then serves the taskpane and the API on one
// origin, over HTTPS with development certificates unless HTTPS=false (behind a TLS-terminating proxy,
// or in a test harness). With REDIS_URL, state is shared with the other instances; with METRICS_PORT,
// Prometheus metrics are served on that port. SIGTERM stops it gracefully.
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger, logFormatFor } from "./logger.js";
import { listenProblem } from "./listenProblem.js";
import { createHttpServer } from "./http/httpServer.js";
import { drain } from "./http/drain.js";
import { ensureDevCertificates, trustInstructions } from "./tls/devCertificates.js";
import { spaRedirectUris } from "./auth/microsoftIdentity.js";
import { RedisUnreachableError } from "./state/redisState.js";
import { Metrics } from "./observability/metrics.js";
import { createMetricsServer } from "./observability/metricsServer.js";
import { assembleService } from "./service.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(
    config.logLevel,
    undefined,
    logFormatFor(config.logFormat, process.stdout.isTTY)
  );
  const metrics = new Metrics({ processMetrics: true });
  let service;
  try {
    service = await assembleService(config, logger, { metrics });
  } catch (error) {
    if (error instanceof RedisUnreachableError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, state, readiness } = service;
  const closeAll = service.close;

  let server: http.Server;
  if (config.https) {
    const certificates = await ensureDevCertificates();
    server = createHttpServer(app, logger, {
      keepAliveSeconds: config.keepAliveSeconds,
      tls: { key: certificates.key, cert: certificates.cert },
    });
    if (certificates.generated) {
      logger.warn(
        { caPath: certificates.caPath },
        "HTTPS uses a new development CA that this machine does not trust yet"
      );
      // For the person at the terminal: commands to copy as they are, one per line.
      process.stderr.write(`\n${trustInstructions(certificates.caPath).join("\n")}\n`);
    }
  } else {
    server = createHttpServer(app, logger, { keepAliveSeconds: config.keepAliveSeconds });
  }

  server.once("error", (error: NodeJS.ErrnoException) => {
    void listenProblem(error, config.port, config.host).then(async (sentence) => {
      if (!sentence) throw error;
      process.stderr.write(`${sentence}\n`);
      await closeAll();
      process.exit(1);
    });
  });
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const scheme = config.https ? "https" : "http";
    const url = `${scheme}://localhost:${port}`;
    logger.info(
      { mode: config.mode, url, sharedState: state.kind },
      `MailBridge listening on ${url}`
    );
    logger.info(`Taskpane: ${url}/taskpane.html   Manifest for sideloading: ${url}/manifest.xml`);
    if (config.mode === "live") {
      logger.info(
        `Sign-in: the Azure app registration must list these SPA redirect URIs: ${spaRedirectUris(config.publicUrl).join(", ")}`
      );
    }
    if (config.mode === "demo") {
      logger.warn(
        "Demo mode: no Azure app configured (AZURE_CLIENT_ID unset); mailbox features use simulated demo mailboxes, one per visitor."
      );
    }
  });

  const metricsServer = config.metricsPort === null ? null : createMetricsServer(metrics);
  metricsServer?.listen(config.metricsPort ?? 0, config.host, () => {
    const { port } = metricsServer.address() as AddressInfo;
    logger.info({ metricsPort: port }, `Prometheus metrics on port ${port} at /metrics`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    readiness.markStopping();
    logger.info({ signal }, "stopping: no new connections; finishing requests in flight");
    void (async () => {
      const outcome = await drain(server, config.shutdownGraceSeconds * 1000);
      metricsServer?.close();
      await closeAll();
      logger.info(
        { outcome },
        outcome === "drained" ? "stopped" : "stopped, cutting off requests past the grace period"
      );
      process.exit(0);
    })();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
