// Starts the MailBridge service: validates configuration, then serves the taskpane and the API on one
// origin, over HTTPS with development certificates unless HTTPS=false (behind a TLS-terminating proxy,
// or in a test harness).
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger, logFormatFor } from "./logger.js";
import { listenProblem } from "./listenProblem.js";
import { createApp } from "./app.js";
import { createHttpServer } from "./http/httpServer.js";
import { createMailboxBackend } from "./mailboxBackend.js";
import { ensureDevCertificates, trustInstructions } from "./tls/devCertificates.js";
import { spaRedirectUris } from "./auth/microsoftIdentity.js";

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
  const backend = await createMailboxBackend(config);
  const app = createApp({ config, logger, mailbox: backend.mailbox });

  let server: http.Server;
  if (config.https) {
    const certificates = await ensureDevCertificates();
    server = createHttpServer(app, logger, { key: certificates.key, cert: certificates.cert });
    if (certificates.generated) {
      logger.warn(
        { caPath: certificates.caPath },
        "HTTPS uses a new development CA that this machine does not trust yet"
      );
      // For the person at the terminal: commands to copy as they are, one per line.
      process.stderr.write(`\n${trustInstructions(certificates.caPath).join("\n")}\n`);
    }
  } else {
    server = createHttpServer(app, logger);
  }

  server.once("error", (error: NodeJS.ErrnoException) => {
    void listenProblem(error, config.port, config.host).then(async (sentence) => {
      if (!sentence) throw error;
      process.stderr.write(`${sentence}\n`);
      await backend.close();
      process.exit(1);
    });
  });
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const scheme = config.https ? "https" : "http";
    const url = `${scheme}://localhost:${port}`;
    logger.info({ mode: config.mode, url }, `MailBridge listening on ${url}`);
    logger.info(`Taskpane: ${url}/taskpane.html   Manifest for sideloading: ${url}/manifest.xml`);
    if (config.mode === "live") {
      logger.info(
        `Sign-in: the Azure app registration must list these SPA redirect URIs: ${spaRedirectUris(config.publicUrl).join(", ")}`
      );
    }
    if (config.mode === "demo") {
      logger.warn(
        "Demo mode: no Azure app configured (AZURE_CLIENT_ID unset); mailbox features use the simulated demo mailbox."
      );
    }
  });

  const stop = () => server.close(() => void backend.close().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
