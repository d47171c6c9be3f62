// MailBridge in live mode against the two simulators: the identity simulator (JWKS, On-Behalf-Of)
// and the Graph simulator. Nothing is mocked: the app validates real JWTs, msal-node performs the
// real OBO exchange over HTTP, and Graph calls go over HTTP too.
import {
  IdentitySimulator,
  CONSUMERS_TENANT,
  type SimulatedUser,
} from "../simulators/identity/identitySimulator.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../server/simulators/graph/graphSimulator.js";
import type { FaultOptions } from "../../server/simulators/graph/faults.js";
import { demoMailbox } from "../../server/simulators/graph/demoMailbox.js";
import { GRAPH_READ_SCOPES, GRAPH_WRITE_SCOPES } from "../../server/auth/graphTokenProvider.js";
import { startTestApp, type TestApp } from "./testApp.js";

export const CLIENT_ID = "5b1f0a5e-2c1d-4e55-9a0b-7d3f1c2e9a11";
export const CLIENT_SECRET = "test-secret-value";

export const MARIE: SimulatedUser = {
  oid: "00000000-0000-0000-0001-000000000001",
  tid: CONSUMERS_TENANT,
  upn: "marie.dupont@hotmail.fr",
  name: "Marie Dupont",
};

export interface Simulators {
  identity: IdentitySimulator;
  graph: GraphSimulator;
  accounts: Map<string, SimulatedAccount>;
  /** The environment that points MailBridge at these simulators, in live mode. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface LiveStack extends Simulators {
  app: TestApp;
}

interface SimulatorOptions {
  faults?: Partial<FaultOptions>;
  accounts?: Map<string, SimulatedAccount>;
  /** Whether Marie already consented to MailBridge's Graph permissions (default true). */
  consented?: boolean;
  /** Latency of every Graph request (default none). */
  graphLatencyMs?: number;
}

/** The identity and Graph simulators, wired so that a Graph token reaches its user's mailbox. */
export async function startSimulators(options: SimulatorOptions = {}): Promise<Simulators> {
  const identity = new IdentitySimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  if (options.consented ?? true)
    identity.consents.grant(MARIE.oid, [...GRAPH_READ_SCOPES, ...GRAPH_WRITE_SCOPES]);
  await identity.listen();
  // Graph accounts are keyed by user oid; a Graph token resolves to its user through the identity simulator.
  const accounts =
    options.accounts ??
    new Map<string, SimulatedAccount>([[MARIE.oid, { seed: demoMailbox(new Date()) }]]);
  const graph = new GraphSimulator({
    accounts: (token) => {
      const issued = identity.resolveGraphToken(token);
      return issued ? accounts.get(issued.user.oid) : undefined;
    },
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.graphLatencyMs ? { latencyMs: options.graphLatencyMs } : {}),
  });
  const graphBaseUrl = await graph.listen();
  return {
    identity,
    graph,
    accounts,
    env: {
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: CLIENT_SECRET,
      GRAPH_BASE_URL: graphBaseUrl,
      IDENTITY_BASE_URL: identity.baseUrl,
    },
    close: async () => {
      await graph.close();
      await identity.close();
    },
  };
}

export async function startLiveStack(options: SimulatorOptions = {}): Promise<LiveStack> {
  const simulators = await startSimulators(options);
  const app = await startTestApp(simulators.env);
  return {
    ...simulators,
    app,
    close: async () => {
      await app.close();
      await simulators.close();
    },
  };
}
