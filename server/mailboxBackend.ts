// Chooses how mailbox endpoints reach Graph: live (token validation + On-Behalf-Of to the real, or
// configured, Graph and identity hosts) or demo (the in-process simulator with the demo mailbox).
import type { Config } from "./config.js";
import { startDemoBackend } from "./demo.js";
import { liveMailboxAccess, type MailboxAccess } from "./graph/mailboxAccess.js";
import { createTokenValidator } from "./auth/tokenValidator.js";
import { createOboTokenProvider } from "./auth/graphTokenProvider.js";
import { redirectingNetworkClient } from "./auth/redirectingNetworkClient.js";
import { AUTHORITY_HOST } from "./auth/microsoftIdentity.js";
import type { DemoGraph } from "./http/routes/demoGraph.js";

export interface MailboxBackend {
  mailbox: MailboxAccess;
  /** Demo mode: the demo mailbox's Graph, for the taskpane's .pst importer. */
  demoGraph?: DemoGraph;
  close(): Promise<void>;
}

export async function createMailboxBackend(config: Config): Promise<MailboxBackend> {
  if (!config.azure) return startDemoBackend();
  const redirected = config.identityBaseUrl !== AUTHORITY_HOST;
  const validate = createTokenValidator({
    clientId: config.azure.clientId,
    authorityHost: AUTHORITY_HOST,
    jwksUrl: `${config.identityBaseUrl}/common/discovery/v2.0/keys`,
    requiredScope: config.apiScope,
  });
  const graphToken = createOboTokenProvider({
    clientId: config.azure.clientId,
    clientSecret: config.azure.clientSecret,
    authorityHost: AUTHORITY_HOST,
    ...(redirected
      ? { networkClient: redirectingNetworkClient(AUTHORITY_HOST, config.identityBaseUrl) }
      : {}),
  });
  return {
    mailbox: liveMailboxAccess({ graphBaseUrl: config.graphBaseUrl, validate, graphToken }),
    close: async () => undefined,
  };
}
