// Mailbox diagnosis through Graph against the simulator, with 100 ms of latency per request:
//   npx tsx bench/graph-diagnosis.ts
// Prints, for a 500-folder mailbox, MailBridge's batched reader side by side with a naive reader
// (one request at a time, default page size, one extra request per folder for its size); then the
// batched reader alone on a 10,000-folder mailbox: time, requests, peak concurrency, peak RSS.
import { performance } from "node:perf_hooks";
import { GraphClient } from "../server/graph/graphClient.js";
import { createLimiter } from "../server/graph/limiter.js";
import { readMailbox } from "../server/graph/readMailbox.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../server/simulators/graph/graphSimulator.js";
import { generateMailbox } from "../server/simulators/graph/mailbox.js";

const LATENCY_MS = 100;

async function withSimulator<T>(
  account: SimulatedAccount,
  run: (graph: GraphSimulator, client: GraphClient) => Promise<T>
): Promise<T> {
  const graph = new GraphSimulator({ accounts: new Map([["t", account]]), latencyMs: LATENCY_MS });
  await graph.listen();
  const client = new GraphClient({
    baseUrl: graph.baseUrl,
    accessToken: async () => "t",
    limiter: createLimiter(4),
    timeoutMs: 60000,
  });
  try {
    return await run(graph, client);
  } finally {
    await graph.close();
  }
}

/** What a first implementation would do: every call on its own, sequentially. */
async function naiveRead(client: GraphClient): Promise<number> {
  await client.get("/me");
  await client.get("/me/mailFolders/inbox/messages?$top=1");
  await client.get("/me/mailFolders/inbox/messageRules");
  await client.get("/me/mailboxSettings");
  let count = 0;
  const walk = async (path: string) => {
    for (const folder of await client.getAll<{ id: string; childFolderCount: number }>(path)) {
      count++;
      await client.get(
        `/me/mailFolders/${encodeURIComponent(folder.id)}?$expand=singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')`
      );
      if (folder.childFolderCount > 0)
        await walk(`/me/mailFolders/${encodeURIComponent(folder.id)}/childFolders`);
    }
  };
  await walk("/me/mailFolders");
  return count;
}

async function measure(
  label: string,
  account: SimulatedAccount,
  read: (client: GraphClient) => Promise<{ folders: number; roundTrips: number }>
) {
  return withSimulator(account, async (graph, client) => {
    const started = performance.now();
    const { folders, roundTrips } = await read(client);
    const ms = performance.now() - started;
    return {
      label,
      folders,
      roundTrips,
      requests: graph.stats.requests,
      innerRequests: graph.stats.batchedRequests,
      peak: graph.stats.peakInFlight,
      ms,
    };
  });
}

const print = (row: Awaited<ReturnType<typeof measure>>) =>
  console.log(
    `${row.label.padEnd(28)} folders ${String(row.folders).padStart(5)}  sequential round trips ${String(row.roundTrips).padStart(4)}  HTTP requests ${String(row.requests).padStart(5)} (+${row.innerRequests} inside $batch)  peak in flight ${row.peak}  wall ${(row.ms / 1000).toFixed(2)} s`
  );

const batched = async (client: GraphClient) => {
  const trace = { roundTrips: 0 };
  const data = await readMailbox(client, trace);
  return { folders: data.folders.length, roundTrips: trace.roundTrips };
};

console.log(`Graph simulator latency: ${LATENCY_MS} ms per request\n`);
// 500 folders: the well-known ones, then Archive > 23 folders > up to 23 subfolders each (two levels, like "Archive > year > month").
const medium: SimulatedAccount = { seed: generateMailbox({ total: 500, breadth: 23 }) };
const fast = await measure("MailBridge (batched)", medium, batched);
const naive = await measure("naive (one at a time)", medium, async (client) => {
  const folders = await naiveRead(client);
  return { folders, roundTrips: client.requestCount };
});
print(fast);
print(naive);
console.log(`ratio: ${(fast.ms / naive.ms).toFixed(3)}× the naive time\n`);

// 10,000 folders, three levels under Archive (25 per level).
const large: SimulatedAccount = { seed: generateMailbox({ total: 10000, breadth: 25 }) };
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const big = await measure("MailBridge, 10k folders", large, batched);
clearInterval(sampler);
print(big);
console.log(
  `peak RSS (bench process, simulator included): ${(peakRss / 1024 / 1024).toFixed(0)} MB`
);
