import assert from "node:assert/strict";
import { GraphClient, GraphRequestError } from "../../../server/graph/graphClient.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { readMailbox } from "../../../server/graph/readMailbox.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../../server/simulators/graph/graphSimulator.js";
import { generateMailbox } from "../../../server/simulators/graph/mailbox.js";

const account: SimulatedAccount = { seed: generateMailbox({ total: 400, breadth: 20 }) };

async function withSimulator<T>(
  faults: ConstructorParameters<typeof GraphSimulator>[0]["faults"],
  run: (graph: GraphSimulator, client: GraphClient) => Promise<T>
): Promise<T> {
  const graph = new GraphSimulator({
    accounts: new Map([["t", account]]),
    ...(faults ? { faults } : {}),
  });
  await graph.listen();
  const client = new GraphClient({
    baseUrl: graph.baseUrl,
    accessToken: async () => "t",
    limiter: createLimiter(4),
    timeoutMs: 500,
    backoffMs: 5,
    maxRetries: 6,
  });
  try {
    return await run(graph, client);
  } finally {
    await graph.close();
  }
}

describe("Graph client (server/graph/graphClient)", () => {
  it("follows @odata.nextLink through every page", async () => {
    await withSimulator(undefined, async (graph, client) => {
      const archive = await client.get<{ id: string }>("/me/mailFolders/archive");
      const children = await client.getAll<{ id: string }>(
        `/me/mailFolders/${archive.id}/childFolders`
      );
      assert.equal(children.length, 20);
      assert.equal(graph.stats.requests, 3, "one for the folder, two pages of 10");
    });
  });

  it("retries a throttled GET after Retry-After and succeeds", async () => {
    await withSimulator(
      { rate: 0.5, seed: 3, kinds: ["throttle"], retryAfterSeconds: 0 },
      async (graph, client) => {
        for (let index = 0; index < 10; index++)
          assert.ok((await client.get<{ id: string }>("/me")).id);
        assert.ok(graph.stats.faults > 0, "faults were injected");
      }
    );
  });

  it("never resends a write after a 503 (it may have been applied)", async () => {
    await withSimulator({ rate: 1, seed: 1, kinds: ["unavailable"] }, async (graph, client) => {
      await assert.rejects(
        client.post("/me/mailFolders", { displayName: "X" }),
        (error: unknown) => error instanceof GraphRequestError && error.status === 503
      );
      assert.equal(graph.stats.requests, 1);
    });
  });

  it("survives timeouts and malformed bodies on reads", async () => {
    await withSimulator(
      { rate: 0.3, seed: 11, kinds: ["timeout", "malformed", "unavailable"], hangMs: 800 },
      async (graph, client) => {
        for (let index = 0; index < 8; index++)
          assert.ok((await client.get<{ id: string }>("/me")).id);
        assert.ok(graph.stats.faults > 0);
      }
    );
  });

  it("batches 20 at a time, retries only the throttled inner requests, and keeps answers in order", async () => {
    await withSimulator(
      { rate: 0.3, seed: 5, kinds: ["throttle"], retryAfterSeconds: 0 },
      async (graph, client) => {
        const requests = Array.from({ length: 45 }, (_, index) => ({
          id: `r${index}`,
          method: "GET" as const,
          url: index % 2 ? "/me" : "/me/mailFolders/inbox",
        }));
        const responses = await client.batch(requests);
        assert.deepEqual(
          responses.map((response) => response.id),
          requests.map((request) => request.id)
        );
        assert.ok(
          responses.every((response) => response.status === 200),
          JSON.stringify(responses.filter((r) => r.status !== 200))
        );
        assert.ok(graph.stats.batchedRequests > 45, "throttled inner requests were sent again");
      }
    );
  });

  it("reads a whole mailbox level by level without more than 4 requests in flight", async () => {
    await withSimulator(undefined, async (graph, client) => {
      const data = await readMailbox(client);
      assert.equal(
        data.folders.length,
        [...graph.mailboxOf(account).folders.values()].length - 1,
        "every folder but the root"
      );
      assert.ok(data.folders.every((folder) => typeof folder.sizeBytes === "number"));
      assert.ok(graph.stats.peakInFlight <= 4, `peak ${graph.stats.peakInFlight}`);
      assert.equal(data.foldersIncomplete, false);
    });
  });
});
