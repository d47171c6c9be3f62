// Chooses how mailbox endpoints reach Graph: live (token validation + On-Behalf-Of to the real, or
// configured, Graph and identity hosts) or demo (the in-process simulator with visitors' demo
// mailboxes). Both take turns per mailbox, and live keeps Graph tokens, in the shared state.
import type { Config } from "./config.js";
import { startDemoBackend } from "./demo.js";
import { liveMailboxAccess, type MailboxAccess } from "./graph/mailboxAccess.js";
import { jwksUrlOf, liveOboTokenProvider, liveTokenValidator } from "./auth/liveAuth.js";
import type { SharedState } from "./state/sharedState.js";
import type { Metrics } from "./observability/metrics.js";
import type { ReadinessCheck } from "./readiness.js";
import { signingKeysReachable } from "./auth/signingKeysReachable.js";
import type { DemoGraph } from "./http/routes/demoGraph.js";

export interface MailboxBackend {
  mailbox: MailboxAccess;
  /** What must answer before this instance takes traffic (beyond its shared state). */
  readiness: ReadinessCheck[];
  /** Demo mode: the visitors' Graph, for the taskpane's .pst importer. */
  demoGraph?: DemoGraph;
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
    return {
      mailbox: demo.mailbox,
      readiness: [],
      demoGraph: demo.demoGraph,
      close: demo.close,
    };
  }
  const graphToken = liveOboTokenProvider(config, config.azure, {
    cache: state.tokenCache,
    exclusive: state.exclusive,
    ...(metrics ? { onToken: metrics.observeToken } : {}),
  });
  return {
    mailbox: liveMailboxAccess({
      graphBaseUrl: config.graphBaseUrl,
      validate: liveTokenValidator(config, config.azure),
      graphToken,
      turns,
      tuning,
    }),
    readiness: [{ name: "signingKeys", check: signingKeysReachable(jwksUrlOf(config)) }],
    close: async () => undefined,
  };
}
