// Chooses how mailbox endpoints reach Graph: live (token validation + On-Behalf-Of to the real, or
// configured, Graph and identity hosts) or demo (the in-process simulator with the demo mailbox).
import type { Config } from "./config.js";
import { startDemoBackend } from "./demo.js";
import { liveMailboxAccess, type MailboxAccess } from "./graph/mailboxAccess.js";
import { liveOboTokenProvider, liveTokenValidator } from "./auth/liveAuth.js";

export interface MailboxBackend {
  mailbox: MailboxAccess;
  close(): Promise<void>;
}

export async function createMailboxBackend(config: Config): Promise<MailboxBackend> {
  if (!config.azure) return startDemoBackend();
  return {
    mailbox: liveMailboxAccess({
      graphBaseUrl: config.graphBaseUrl,
      validate: liveTokenValidator(config, config.azure),
      graphToken: liveOboTokenProvider(config, config.azure),
    }),
    close: async () => undefined,
  };
}
