// Chooses how mailbox endpoints reach Graph: live (token validation + On-Behalf-Of to the real, or
// configured, Graph and identity hosts) or demo (the in-process simulator with visitors' demo
// mailboxes). Both take turns per mailbox, and live keeps Graph tokens, in the shared state.
import type { Config } from "./config.js";
import { startDemoBackend } from "./demo.js";
import { liveMailboxAccess, type MailboxAccess } from "./graph/mailboxAccess.js";
import { createTokenValidator } from "./auth/tokenValidator.js";
import { createOboTokenProvider } from "./auth/graphTokenProvider.js";
import { redirectingNetworkClient } from "./auth/redirectingNetworkClient.js";
import { AUTHORITY_HOST } from "./auth/microsoftIdentity.js";
import type { SharedState } from "./state/sharedState.js";
import type { Metrics } from "./observability/metrics.js";
import type { ReadinessCheck } from "./readiness.js";
import { signingKeysReachable } from "./auth/signingKeysReachable.js";

export interface MailboxBackend {
  mailbox: MailboxAccess;
  /** What must answer before this instance takes traffic (beyond its shared state). */
  readiness: ReadinessCheck[];
  close(): Promise<void>;
}

export async function createMailboxBackend(
  config: Config,
  state: SharedState,
  metrics?: Metrics
): Promise<MailboxBackend> {
  const turns = { slots: state.mailboxSlots, exclusive: state.exclusive };
  const tuning = metrics ? { observe: metrics.observeGraph } : {};
  if (!config.azure) {
    const demo = await startDemoBackend(turns, { tuning });
    return { mailbox: demo.mailbox, readiness: [], close: demo.close };
  }
  const redirected = config.identityBaseUrl !== AUTHORITY_HOST;
  const jwksUrl = `${config.identityBaseUrl}/common/discovery/v2.0/keys`;
  const validate = createTokenValidator({
    clientId: config.azure.clientId,
    authorityHost: AUTHORITY_HOST,
    jwksUrl,
    requiredScope: config.apiScope,
    allowedTenants: config.allowedTenants && new Set(config.allowedTenants),
  });
  const graphToken = createOboTokenProvider({
    clientId: config.azure.clientId,
    clientSecret: config.azure.clientSecret,
    authorityHost: AUTHORITY_HOST,
    ...(redirected
      ? { networkClient: redirectingNetworkClient(AUTHORITY_HOST, config.identityBaseUrl) }
      : {}),
    cache: state.tokenCache,
    exclusive: state.exclusive,
    ...(metrics ? { onToken: metrics.observeToken } : {}),
  });
  return {
    mailbox: liveMailboxAccess({
      graphBaseUrl: config.graphBaseUrl,
      validate,
      graphToken,
      turns,
      tuning,
    }),
    readiness: [{ name: "signingKeys", check: signingKeysReachable(jwksUrl) }],
    close: async () => undefined,
  };
}
