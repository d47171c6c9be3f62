// Demo mode: an in-process Graph simulator serving demo mailboxes on a loopback port, so `npm start`
// without an Azure app shows real Graph traffic and findings for a realistic mailbox. Each visitor
// has their own mailbox (demoVisitors.ts), bounded in what it can hold (rules and folders), so no
// visitor can make another's diagnosis slow.
import { GraphSimulator } from "./simulators/graph/graphSimulator.js";
import { GraphClient } from "./graph/graphClient.js";
import type {
  ClientTuning,
  MailboxAccess,
  MailboxSession,
  MailboxTurns,
} from "./graph/mailboxAccess.js";
import {
  DemoVisitors,
  DEMO_VISITOR_LIMITS,
  InvalidVisitorError,
  type DemoVisitorLimits,
} from "./demoVisitors.js";
import type { DemoGraph } from "./http/routes/demoGraph.js";

/**
 * What a demo mailbox may hold: the demo's own rules and folders, room to try MailBridge's, and
 * 64 MB of imported mail (a sample .pst such as enron.pst's 71 messages takes 16 MB).
 */
export const DEMO_MAILBOX_LIMITS = { rules: 200, folders: 300, importedBytes: 64 * 1024 * 1024 };

export interface DemoBackend {
  mailbox: MailboxAccess;
  simulator: GraphSimulator;
  visitors: DemoVisitors;
  /** The simulator as the taskpane's .pst importer reaches it (through /demo-graph). */
  demoGraph: DemoGraph;
  close(): Promise<void>;
}

export async function startDemoBackend(
  turns: MailboxTurns,
  options: { latencyMs?: number; visitors?: DemoVisitorLimits; tuning?: ClientTuning } = {}
): Promise<DemoBackend> {
  const visitors = new DemoVisitors(options.visitors ?? DEMO_VISITOR_LIMITS);
  const simulator = new GraphSimulator({
    accounts: (token) => visitors.account(token),
    latencyMs: options.latencyMs ?? 40,
    // A folder the migration monitor watches fills up like an Outlook upload: 3 messages a second, then stops.
    growWatchedFolders: { itemsPerSecond: 3, bytesPerItem: 80_000, maxItems: 900 },
    limits: DEMO_MAILBOX_LIMITS,
  });
  const graphBaseUrl = await simulator.listen();
  const mailbox: MailboxAccess = {
    async open({ visitor }): Promise<MailboxSession> {
      const id = DemoVisitors.idOf(visitor);
      const token = visitors.tokenFor(id);
      return {
        userKey: null,
        writes: turns.exclusive(`writes:demo:${id}`),
        client: async () =>
          new GraphClient({
            baseUrl: graphBaseUrl,
            accessToken: async () => token,
            limiter: turns.slots(`demo:${id}`),
            ...options.tuning,
          }),
      };
    },
  };
  const demoGraph: DemoGraph = {
    origin: new URL(graphBaseUrl).origin,
    tokenFor: (visitor) => {
      // The importer must reach the visitor's own mailbox, never a fresh one it could not see.
      if (visitor === undefined) throw new InvalidVisitorError("No demo visitor id.");
      return visitors.tokenFor(DemoVisitors.idOf(visitor));
    },
  };
  return { mailbox, simulator, visitors, demoGraph, close: () => simulator.close() };
}
