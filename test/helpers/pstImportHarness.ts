// What the .pst import tests share: a Graph simulator holding one mailbox, the importer's transport
// and pacer pointed at it, a clock that runs faster than real time (so Retry-After waits of whole
// seconds cost milliseconds, budgets included), and the mailbox's messages with their folder paths.
import {
  GraphSimulator,
  type GraphSimulatorOptions,
  type SimulatedAccount,
} from "../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../server/simulators/graph/demoMailbox.js";
import type { SimMessage } from "../../server/simulators/graph/messages.js";
import { OUTLOOK_LIMITS, type OutlookLimits } from "@contracts/outlookLimits.js";
import { GraphTransport } from "../../addin/src/pstImport/engine/graphTransport.js";
import {
  Pacer,
  realClock,
  type Clock,
  type WaitReason,
} from "../../addin/src/pstImport/engine/pacer.js";

export const TOKEN = "import-token";

/** Time `factor` times faster: now() runs ahead, sleeps are shorter, consistently. */
export function fastClock(factor: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms, signal) => realClock.sleep(ms / factor, signal),
  };
}

export interface Harness {
  graph: GraphSimulator;
  account: SimulatedAccount;
  waits: WaitReason[];
  connect(options: {
    clock: Clock;
    signal?: AbortSignal;
    limits?: OutlookLimits;
    timeoutMs?: number;
    /** The page's side of the network and the sign-in, when a test breaks them. */
    fetch?: typeof fetch;
    accessToken?: (renew: boolean) => Promise<string>;
  }): {
    transport: GraphTransport;
    pacer: Pacer;
  };
}

export async function withGraph<T>(
  options: Omit<GraphSimulatorOptions, "accounts">,
  run: (harness: Harness) => Promise<T>
): Promise<T> {
  const account: SimulatedAccount = { seed: demoMailbox(new Date("2026-11-20T08:00:00Z")) };
  const graph = new GraphSimulator({ ...options, accounts: new Map([[TOKEN, account]]) });
  await graph.listen();
  const waits: WaitReason[] = [];
  try {
    return await run({
      graph,
      account,
      waits,
      connect: ({
        clock,
        signal,
        limits = OUTLOOK_LIMITS,
        timeoutMs = 2000,
        fetch,
        accessToken = async () => TOKEN,
      }) => {
        const pacer = new Pacer(limits, clock, (reason) => waits.push(reason));
        const transport = new GraphTransport({
          baseUrl: graph.baseUrl,
          accessToken,
          pacer,
          clock,
          timeoutMs,
          backoffMs: 1000,
          ...(signal ? { signal } : {}),
          ...(fetch ? { fetch } : {}),
        });
        return { transport, pacer };
      },
    });
  } finally {
    await graph.close();
  }
}

/** A message's folder as names from the mailbox root. */
export function folderPathOf(
  graph: GraphSimulator,
  account: SimulatedAccount,
  message: SimMessage
): string[] {
  const mailbox = graph.mailboxOf(account);
  const names: string[] = [];
  for (
    let folder = mailbox.folders.get(message.parentFolderId);
    folder && folder.id !== mailbox.rootId;
  ) {
    names.unshift(folder.displayName);
    folder = mailbox.folders.get(folder.parentFolderId);
  }
  return names;
}

export const createdMessages = (graph: GraphSimulator, account: SimulatedAccount): SimMessage[] => [
  ...graph.mailboxOf(account).messages.values(),
];
