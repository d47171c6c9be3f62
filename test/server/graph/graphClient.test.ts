import assert from "node:assert/strict";
import type http from "node:http";
import { performance } from "node:perf_hooks";
import {
  GraphClient,
  GraphRequestError,
  type GraphClientOptions,
} from "../../../server/graph/graphClient.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { pathSegment } from "../../../server/graph/graphPath.js";
import { readMailbox } from "../../../server/graph/readMailbox.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../../server/simulators/graph/graphSimulator.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import { generateMailbox } from "../../../server/simulators/graph/mailbox.js";
import {
  readBody,
  startLoopbackServer,
  type LoopbackServer,
} from "../../../server/simulators/loopbackServer.js";

const account: SimulatedAccount = { seed: generateMailbox({ total: 400, breadth: 20 }) };

type Tuning = Partial<Omit<GraphClientOptions, "accessToken" | "limiter">>;

async function withSimulator<T>(
  faults: Partial<FaultOptions> | undefined,
  run: (graph: GraphSimulator, client: GraphClient) => Promise<T>,
  tuning: Tuning = {}
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
    ...tuning,
  });
  try {
    return await run(graph, client);
  } finally {
    await graph.close();
  }
}

const rejectsWith = (status: number, code: string) => (error: unknown) =>
  error instanceof GraphRequestError && error.status === status && error.code === code;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

/** A server that only records: nothing MailBridge sends should ever reach it. */
async function recordingServer(): Promise<
  LoopbackServer & { requests: { url: string; authorization?: string }[] }
> {
  const requests: { url: string; authorization?: string }[] = [];
  const server = await startLoopbackServer((req, res) => {
    requests.push({ url: req.url ?? "", authorization: req.headers.authorization });
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"value":[]}');
  });
  return { ...server, requests };
}

/**
 * Graph as a tampered network path would show it: requests forwarded to the simulator (listings in
 * pages of 5, so that there are next links), answers passed back with every @odata.nextLink
 * pointing to another origin.
 */
async function tamperingProxy(graph: GraphSimulator, foreignOrigin: string) {
  const target = new URL(graph.baseUrl).origin;
  const smallPages = (text: string) => text.replaceAll("$top=999", "$top=5");
  const handler: http.RequestListener = (req, res) => {
    void (async () => {
      const body = smallPages(await readBody(req));
      const answer = await fetch(`${target}${smallPages(req.url ?? "/")}`, {
        method: req.method,
        headers: {
          authorization: req.headers.authorization ?? "",
          "content-type": "application/json",
        },
        ...(body ? { body } : {}),
      });
      const text = (await answer.text()).replaceAll(
        `"@odata.nextLink":"${target}`,
        `"@odata.nextLink":"${foreignOrigin}`
      );
      res.writeHead(answer.status, { "Content-Type": "application/json" }).end(text);
    })();
  };
  return startLoopbackServer(handler);
}

describe("Graph client (server/graph/graphClient)", function () {
  this.timeout(30000);

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

  describe("Retry-After", () => {
    it("waits the Retry-After Graph asks for before trying again (measured)", async () => {
      await withSimulator({ script: ["throttle"], retryAfterSeconds: 1 }, async (graph, client) => {
        const { ms } = await timed(() => client.get("/me"));
        assert.ok(ms >= 1000, `waited ${ms.toFixed(0)} ms, Graph asked for 1 s`);
        assert.ok(ms < 1800, `waited ${ms.toFixed(0)} ms, not much more than asked`);
        assert.equal(graph.stats.requests, 2);
      });
    });

    it("waits an inner $batch request's own Retry-After before sending it again (measured)", async () => {
      await withSimulator(
        { script: [null, null, "throttle"], retryAfterSeconds: 1 },
        async (graph, client) => {
          const { ms, result } = await timed(() =>
            client.batch([
              { id: "a", method: "GET", url: "/me" },
              { id: "b", method: "GET", url: "/me/mailFolders/inbox" },
            ])
          );
          assert.deepEqual(
            result.map((response) => response.status),
            [200, 200]
          );
          assert.ok(ms >= 1000, `waited ${ms.toFixed(0)} ms, Graph asked for 1 s`);
          assert.equal(graph.stats.batchedRequests, 3, "only the throttled request again");
        }
      );
    });

    it("does not wait longer than its ceiling: a longer Retry-After fails at once as throttled", async () => {
      await withSimulator(
        { script: ["throttle"], retryAfterSeconds: 5 },
        async (graph, client) => {
          const { ms, result } = await timed(() =>
            client.get("/me").then(
              () => null,
              (error: unknown) => error
            )
          );
          assert.ok(rejectsWith(429, "TooManyRequests")(result), String(result));
          assert.equal((result as GraphRequestError).throttled, true);
          assert.ok(ms < 1000, `gave up after ${ms.toFixed(0)} ms`);
          assert.equal(graph.stats.requests, 1);
        },
        { maxRetryAfterMs: 1000 }
      );
    });

    it("does not wait longer than its ceiling inside a $batch either", async () => {
      await withSimulator(
        { script: [null, "throttle"], retryAfterSeconds: 5 },
        async (graph, client) => {
          const { ms, result } = await timed(() =>
            client.batch([{ id: "a", method: "GET", url: "/me" }])
          );
          assert.equal(result[0]!.status, 429);
          assert.ok(ms < 1000, `gave up after ${ms.toFixed(0)} ms`);
          assert.equal(graph.stats.requests, 1);
        },
        { maxRetryAfterMs: 1000 }
      );
    });
  });

  describe("@odata.nextLink to another origin", () => {
    let foreign: Awaited<ReturnType<typeof recordingServer>>;
    beforeEach(async () => {
      foreign = await recordingServer();
    });
    afterEach(() => foreign.close());

    it("refuses it in getAll, and our token never reaches that origin", async () => {
      await withSimulator(undefined, async (graph) => {
        const proxy = await tamperingProxy(graph, foreign.url);
        try {
          const client = new GraphClient({
            baseUrl: `${proxy.url}/v1.0`,
            accessToken: async () => "t",
            limiter: createLimiter(4),
          });
          const archive = await client.get<{ id: string }>("/me/mailFolders/archive");
          await assert.rejects(
            client.getAll(`/me/mailFolders/${archive.id}/childFolders`),
            rejectsWith(502, "untrustedNextLink")
          );
          assert.deepEqual(foreign.requests, []);
        } finally {
          await proxy.close();
        }
      });
    });

    it("leaves it unfollowed in the mailbox reader, which says the folder list is incomplete", async () => {
      await withSimulator(undefined, async (graph) => {
        const proxy = await tamperingProxy(graph, foreign.url);
        try {
          const client = new GraphClient({
            baseUrl: `${proxy.url}/v1.0`,
            accessToken: async () => "t",
            limiter: createLimiter(4),
          });
          const data = await readMailbox(client);
          assert.equal(data.foldersIncomplete, true);
          assert.deepEqual(foreign.requests, []);
        } finally {
          await proxy.close();
        }
      });
    });

    it("takes only links below its own version root", () => {
      const client = new GraphClient({
        baseUrl: "https://graph.microsoft.com/v1.0",
        accessToken: async () => "t",
        limiter: createLimiter(1),
      });
      assert.equal(
        client.relativeLink("https://graph.microsoft.com/v1.0/me/mailFolders?%24skip=10"),
        "/me/mailFolders?%24skip=10"
      );
      for (const link of [
        "https://graph.microsoft.com.evil.example/v1.0/me/mailFolders",
        "http://graph.microsoft.com/v1.0/me/mailFolders",
        "https://graph.microsoft.com/beta/me/mailFolders",
        "https://graph.microsoft.com/v1.0x/me",
        "not a URL",
      ])
        assert.equal(client.relativeLink(link), null, link);
    });
  });

  describe("malformed answers become GraphRequestErrors, never TypeErrors", () => {
    const once = { maxRetries: 0 };

    it("an empty 200 is a 502 malformedResponse, and a read tries again", async () => {
      await withSimulator(
        { script: ["empty"] },
        async (_graph, client) => {
          await assert.rejects(client.get("/me"), rejectsWith(502, "malformedResponse"));
        },
        once
      );
      await withSimulator({ script: ["empty"] }, async (graph, client) => {
        assert.ok((await client.get<{ id: string }>("/me")).id);
        assert.equal(graph.stats.requests, 2);
      });
    });

    it("an empty 200 page in getAll is an error, not an empty list", async () => {
      await withSimulator(
        { script: ["empty"] },
        async (_graph, client) => {
          await assert.rejects(
            client.getAll("/me/mailFolders"),
            rejectsWith(502, "malformedResponse")
          );
        },
        once
      );
    });

    it("a write answered with an empty 200 is not sent again (it was applied)", async () => {
      await withSimulator({ script: ["empty"] }, async (graph, client) => {
        await assert.rejects(
          client.post("/me/mailFolders", { displayName: "Once" }),
          rejectsWith(502, "malformedResponse")
        );
        assert.equal(graph.stats.requests, 1);
        const root = [...graph.mailboxOf(account).folders.values()].filter(
          (folder) => folder.displayName === "Once"
        );
        assert.equal(root.length, 1);
      });
    });

    it("a $batch answer cut in the middle gives every request a 502, then is sent again", async () => {
      const requests = [
        { id: "a", method: "GET" as const, url: "/me" },
        { id: "b", method: "GET" as const, url: "/me/mailFolders/inbox" },
      ];
      await withSimulator(
        { script: ["truncated"] },
        async (_graph, client) => {
          const responses = await client.batch(requests);
          assert.deepEqual(
            responses.map((response) => [response.id, response.status]),
            [
              ["a", 502],
              ["b", 502],
            ]
          );
        },
        once
      );
      await withSimulator({ script: ["truncated"] }, async (graph, client) => {
        const responses = await client.batch(requests);
        assert.deepEqual(
          responses.map((response) => response.status),
          [200, 200]
        );
        assert.equal(graph.stats.requests, 2);
      });
    });

    it("an inner $batch answer 200 without a body is a 502 for that request, retried alone", async () => {
      const requests = [
        { id: "a", method: "GET" as const, url: "/me" },
        { id: "b", method: "GET" as const, url: "/me/mailFolders/inbox" },
      ];
      await withSimulator(
        { script: [null, "empty"] },
        async (_graph, client) => {
          const responses = await client.batch(requests);
          assert.deepEqual(
            responses.map((response) => response.status),
            [502, 200]
          );
        },
        once
      );
      await withSimulator({ script: [null, "empty"] }, async (graph, client) => {
        const responses = await client.batch(requests);
        assert.deepEqual(
          responses.map((response) => response.status),
          [200, 200]
        );
        assert.equal(graph.stats.batchedRequests, 3);
      });
    });

    it("a body still arriving when the time runs out is a 504 timeout (get and $batch), then tried again", async () => {
      const slow = { script: ["slowBody" as const], hangMs: 1500 };
      await withSimulator(
        slow,
        async (_graph, client) => {
          await assert.rejects(client.get("/me"), rejectsWith(504, "timeout"));
        },
        { ...once, timeoutMs: 300 }
      );
      await withSimulator(
        slow,
        async (_graph, client) => {
          const [response] = await client.batch([{ id: "a", method: "GET", url: "/me" }]);
          assert.equal(response!.status, 504);
        },
        { ...once, timeoutMs: 300 }
      );
      await withSimulator(
        slow,
        async (graph, client) => {
          assert.ok((await client.get<{ id: string }>("/me")).id);
          assert.equal(graph.stats.requests, 2);
        },
        { timeoutMs: 300 }
      );
    });

    it("a folder id with a lone surrogate is sent (as U+FFFD) and found missing, without a URIError", async () => {
      assert.equal(pathSegment("a\ud800b"), "a%EF%BF%BDb");
      await withSimulator(undefined, async (_graph, client) => {
        await assert.rejects(
          client.get(`/me/mailFolders/${pathSegment("AAMk\ud800")}`),
          rejectsWith(404, "ErrorItemNotFound")
        );
      });
    });
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

  it("survives timeouts, malformed, empty, cut and late bodies on reads", async () => {
    await withSimulator(
      {
        rate: 0.3,
        seed: 11,
        kinds: ["timeout", "malformed", "unavailable", "empty", "truncated", "slowBody"],
        hangMs: 800,
      },
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
});
