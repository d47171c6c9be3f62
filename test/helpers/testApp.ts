// The real Express app with a logger whose output the test can read (to prove what is never logged).
import { Writable } from "node:stream";
import { createApp } from "../../server/app.js";
import { loadConfig, type Config } from "../../server/config.js";
import { createLogger } from "../../server/logger.js";
import {
  startLoopbackServer,
  type LoopbackServer,
} from "../../server/simulators/loopbackServer.js";
import { createMailboxBackend, type MailboxBackend } from "../../server/mailboxBackend.js";
import type { MailboxAccess } from "../../server/graph/mailboxAccess.js";

export interface TestApp extends LoopbackServer {
  config: Config;
  logLines(): string[];
}

/** The app with its real mailbox backend for the configuration (demo simulator, or live). */
export async function startTestApp(
  env: Record<string, string> = {},
  mailbox?: MailboxAccess
): Promise<TestApp> {
  const config = loadConfig({ HTTPS: "false", LOG_LEVEL: "debug", ...env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const backend: MailboxBackend = mailbox
    ? { mailbox, close: async () => undefined }
    : await createMailboxBackend(config);
  const listening = await startLoopbackServer(
    createApp({
      config,
      logger,
      mailbox: backend.mailbox,
      ...(backend.demoGraph ? { demoGraph: backend.demoGraph } : {}),
    })
  );
  return {
    ...listening,
    config,
    logLines: () => lines,
    close: async () => {
      await listening.close();
      await backend.close();
    },
  };
}
