// Starts the MailBridge service: validates configuration, then serves the taskpane and the API on one
// origin, over HTTPS with development certificates unless HTTPS=false (behind a TLS-terminating proxy,
// or in a test harness).
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { createApp } from "./app.js";
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
  const logger = createLogger(config.logLevel);
  const backend = await createMailboxBackend(config);
  const app = createApp({
    config,
    logger,
    mailbox: backend.mailbox,
    ...(backend.demoGraph ? { demoGraph: backend.demoGraph } : {}),
  });

  let server: http.Server;
  if (config.https) {
    const certificates = await ensureDevCertificates();
    server = https.createServer({ key: certificates.key, cert: certificates.cert }, app);
    if (certificates.generated)
      for (const line of trustInstructions(certificates.caPath)) logger.warn(line);
  } else {
    server = http.createServer(app);
  }

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
