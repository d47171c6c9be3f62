// Demo mode: an in-process Graph simulator serving the demo mailbox on a loopback port, so `npm start`
// without an Azure app shows real Graph traffic and findings for a realistic mailbox.
import { randomBytes } from "node:crypto";
import { GraphSimulator } from "./simulators/graph/graphSimulator.js";
import { demoMailbox } from "./simulators/graph/demoMailbox.js";
import { demoMailboxAccess, type MailboxAccess } from "./graph/mailboxAccess.js";
import type { DemoGraph } from "./http/routes/demoGraph.js";

export interface DemoBackend {
  mailbox: MailboxAccess;
  simulator: GraphSimulator;
  /** The simulator as the taskpane's .pst importer reaches it (through /demo-graph). */
  demoGraph: DemoGraph;
  close(): Promise<void>;
}

export async function startDemoBackend(options: { latencyMs?: number } = {}): Promise<DemoBackend> {
  const demoToken = `demo.${randomBytes(16).toString("base64url")}`;
  const simulator = new GraphSimulator({
    accounts: new Map([[demoToken, { seed: demoMailbox() }]]),
    latencyMs: options.latencyMs ?? 40,
    // A folder the migration monitor watches fills up like an Outlook upload: 3 messages a second, then stops.
    growWatchedFolders: { itemsPerSecond: 3, bytesPerItem: 80_000, maxItems: 900 },
  });
  const graphBaseUrl = await simulator.listen();
  return {
    mailbox: demoMailboxAccess({ graphBaseUrl, demoToken }),
    simulator,
    demoGraph: { origin: new URL(graphBaseUrl).origin, token: demoToken },
    close: () => simulator.close(),
  };
}
