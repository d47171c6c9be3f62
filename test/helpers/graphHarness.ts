// A Graph simulator on a loopback port with one account, and our Graph client pointed at it: what
// the Graph edge's tests run against (the demo mailbox unless a test gives another).
import { GraphClient, type GraphClientOptions } from "../../server/graph/graphClient.js";
import { createLimiter } from "../../server/graph/limiter.js";
import {
  GraphSimulator,
  type SimulatedAccount,
  type GraphSimulatorOptions,
} from "../../server/simulators/graph/graphSimulator.js";
import type { FaultOptions } from "../../server/simulators/graph/faults.js";
import { demoMailbox } from "../../server/simulators/graph/demoMailbox.js";
import type { SimMailbox } from "../../server/simulators/graph/mailbox.js";

export interface GraphHarness {
  client: GraphClient;
  mailbox: SimMailbox;
  graph: GraphSimulator;
}

type Tuning = Pick<GraphClientOptions, "timeoutMs" | "backoffMs" | "maxRetries">;

export async function withGraph<T>(
  options: {
    account?: SimulatedAccount;
    faults?: Partial<FaultOptions> | undefined;
    limits?: GraphSimulatorOptions["limits"];
    tuning?: Tuning;
  },
  run: (harness: GraphHarness) => Promise<T>
): Promise<T> {
  const account = options.account ?? { seed: demoMailbox() };
  const graph = new GraphSimulator({
    accounts: new Map([["t", account]]),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  await graph.listen();
  try {
    const client = new GraphClient({
      baseUrl: graph.baseUrl,
      accessToken: async () => "t",
      limiter: createLimiter(4),
      ...options.tuning,
    });
    return await run({ client, mailbox: graph.mailboxOf(account), graph });
  } finally {
    await graph.close();
  }
}
