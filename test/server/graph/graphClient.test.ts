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
import { SharedStateUnavailableError } from "../../../server/state/sharedStateError.js";
import {
  batchAnswer,
  scriptedGraph,
  type Script,
  type ScriptedGraph,
  type WireAnswer,
} from "./scriptedGraph.js";

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

const rejectsWith = (status: number, code: string, message?: string) => (error: unknown) =>
  error instanceof GraphRequestError &&
  error.status === status &&
  error.code === code &&
  (message === undefined || error.message === message);

/** Our Graph client against a server answering exactly as scripted (see scriptedGraph.ts). */
async function onWire<T>(
  script: Script,
  run: (client: GraphClient, server: ScriptedGraph) => Promise<T>,
  tuning: Partial<GraphClientOptions> = {}
): Promise<T> {
  const server = await scriptedGraph(script);
  try {
    const client = new GraphClient({
      baseUrl: server.baseUrl,
      accessToken: async () => "wire-token",
      limiter: createLimiter(4),
      timeoutMs: 2000,
      backoffMs: 5,
      maxRetries: 2,
      ...tuning,
    });
    return await run(client, server);
  } finally {
    await server.close();
  }
}

const graphError = (status: number, code: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: { error: { code, message: `${code} (from Graph)` } },
});
const ME = { body: { id: "me-id", displayName: "Marie" } };
const MALFORMED = "Graph sent an answer that is not a JSON object";

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

describe("Graph client on the wire (server/graph/graphClient, exact answers)", function () {
  this.timeout(30000);

  describe("what it sends", () => {
    it("sends the bearer token, asks for JSON, and sends a body (as JSON) only with a write", async () => {
      await onWire([ME, { status: 201, body: { id: "f1" } }], async (client, server) => {
        await client.get("me");
        await client.post("/me/mailFolders", { displayName: "Gmail" });
        const [read, write] = server.requests;
        assert.equal(read!.method, "GET");
        assert.equal(read!.url, "/v1.0/me");
        assert.equal(read!.headers.authorization, "Bearer wire-token");
        assert.equal(read!.headers.accept, "application/json");
        assert.equal(read!.headers["content-type"], undefined);
        assert.equal(read!.body, "");
        assert.equal(write!.method, "POST");
        assert.equal(write!.url, "/v1.0/me/mailFolders");
        assert.equal(write!.headers["content-type"], "application/json");
        assert.equal(write!.body, '{"displayName":"Gmail"}');
        assert.equal(client.requestCount, 2);
      });
    });

    it("joins paths to a base URL given with trailing slashes without doubling them", async () => {
      await onWire([ME], async (_client, server) => {
        const client = new GraphClient({
          baseUrl: `${server.baseUrl}//`,
          accessToken: async () => "wire-token",
          limiter: createLimiter(1),
        });
        await client.get("/me");
        assert.equal(server.requests[0]!.url, "/v1.0/me");
        assert.equal(
          client.relativeLink(`${server.baseUrl}/me/mailFolders?$skip=10`),
          "/me/mailFolders?$skip=10"
        );
      });
    });

    it("takes the token afresh for each attempt", async () => {
      let issued = 0;
      await onWire(
        [{ status: 503, headers: { "Retry-After": "0" } }, ME],
        async (_client, server) => {
          const client = new GraphClient({
            baseUrl: server.baseUrl,
            accessToken: async () => `token-${++issued}`,
            limiter: createLimiter(1),
          });
          await client.get("/me");
          assert.deepEqual(
            server.requests.map((request) => request.headers.authorization),
            ["Bearer token-1", "Bearer token-2"]
          );
        }
      );
    });
  });

  describe("answers without a body, and bodies that are not a JSON object", () => {
    for (const status of [204, 202])
      it(`takes a ${status} without a body as done (undefined), once`, async () => {
        await onWire([{ status }], async (client, server) => {
          assert.equal(await client.post("/me/sendMail", { message: {} }), undefined);
          assert.equal(await client.get("/me/anything"), undefined);
          assert.equal(server.requests.length, 2);
        });
      });

    for (const body of ["[]", "null", '"text"', "42", "{"])
      it(`takes a 200 whose body is ${body} as a 502 malformedResponse, after its retries`, async () => {
        await onWire([{ body }], async (client, server) => {
          await assert.rejects(client.get("/me"), rejectsWith(502, "malformedResponse", MALFORMED));
          assert.equal(server.requests.length, 3, "the first attempt and 2 retries");
        });
      });
  });

  describe("refusals", () => {
    it("takes a 300 answer as a refusal, not as an answer to parse", async () => {
      await onWire([{ status: 300, body: { value: [] } }], async (client, server) => {
        await assert.rejects(client.get("/me"), rejectsWith(300, "unknown", ""));
        assert.equal(server.requests.length, 1);
      });
    });

    it("gives Graph's status, error code and message, without retrying a 4xx or a 500", async () => {
      await onWire([graphError(404, "ErrorItemNotFound")], async (client, server) => {
        await assert.rejects(
          client.get("/me/mailFolders/x"),
          rejectsWith(404, "ErrorItemNotFound", "ErrorItemNotFound (from Graph)")
        );
        assert.equal(server.requests.length, 1);
      });
      await onWire([graphError(500, "generalException")], async (client, server) => {
        await assert.rejects(client.get("/me"), (error: unknown) => {
          assert.ok(rejectsWith(500, "generalException")(error));
          assert.equal((error as GraphRequestError).throttled, false);
          return true;
        });
        assert.equal(server.requests.length, 1);
      });
    });

    for (const [label, body] of [
      ["an HTML page", "<html>Bad gateway</html>"],
      ["JSON null", "null"],
      ["an object without an error", "{}"],
      ["an error that is not an object", '{"error":"denied"}'],
      ["an error without a code or message", '{"error":{}}'],
      ["an error whose code and message are not strings", '{"error":{"code":7,"message":false}}'],
    ] as const)
      it(`reads a refusal whose body is ${label} as code "unknown" with an empty message`, async () => {
        await onWire([{ status: 400, body }], async (client) => {
          await assert.rejects(client.get("/me"), rejectsWith(400, "unknown", ""));
        });
      });

    it("counts 429, 503 and 504 as throttled once the retries are spent, and says so", async () => {
      for (const status of [429, 503, 504])
        await onWire(
          [graphError(status, "busy", { "Retry-After": "0" })],
          async (client, server) => {
            await assert.rejects(client.get("/me"), (error: unknown) => {
              assert.ok(rejectsWith(status, "busy", "busy (from Graph)")(error), String(error));
              assert.equal((error as GraphRequestError).throttled, true);
              return true;
            });
            assert.equal(server.requests.length, 3, `${status}: the first attempt and 2 retries`);
          }
        );
    });
  });

  describe("retries and their waits", () => {
    it("retries at once on Retry-After: 0 (not after its backoff)", async () => {
      await onWire(
        [{ status: 429, headers: { "Retry-After": "0" } }, ME],
        async (client, server) => {
          const { ms } = await timed(() => client.get("/me"));
          assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
          assert.equal(server.requests.length, 2);
        },
        { backoffMs: 2000 }
      );
    });

    it("waits a Retry-After equal to its ceiling", async () => {
      await onWire(
        [{ status: 429, headers: { "Retry-After": "1" } }, ME],
        async (client, server) => {
          const { ms } = await timed(() => client.get("/me"));
          assert.ok(ms >= 1000, `waited ${ms.toFixed(0)} ms`);
          assert.equal(server.requests.length, 2);
        },
        { maxRetryAfterMs: 1000 }
      );
    });

    for (const retryAfter of ["-1", "soon"])
      it(`uses its own backoff when Retry-After is "${retryAfter}"`, async () => {
        await onWire(
          [{ status: 503, headers: { "Retry-After": retryAfter } }, ME],
          async (client, server) => {
            const { ms } = await timed(() => client.get("/me"));
            assert.ok(ms >= 300, `waited ${ms.toFixed(0)} ms, the backoff is 300`);
            assert.equal(server.requests.length, 2);
          },
          { backoffMs: 300, maxRetryAfterMs: 1000 }
        );
      });

    it("doubles its backoff after each answer without Retry-After (100 + 200 + 400 ms)", async () => {
      const busy = { status: 503 };
      await onWire(
        [busy, busy, busy, ME],
        async (client, server) => {
          const { ms } = await timed(() => client.get("/me"));
          assert.ok(ms >= 700, `waited ${ms.toFixed(0)} ms`);
          assert.ok(ms < 1500, `waited ${ms.toFixed(0)} ms`);
          assert.equal(server.requests.length, 4);
        },
        { backoffMs: 100, maxRetries: 3 }
      );
    });

    for (const [label, first] of [
      ["no answer", { drop: true }],
      ["a body that is not a JSON object", { body: "[]" }],
    ] as const)
      it(`backs off before reading again after ${label}`, async () => {
        await onWire(
          [first, ME],
          async (client, server) => {
            const { ms } = await timed(() => client.get("/me"));
            assert.ok(ms >= 300, `waited ${ms.toFixed(0)} ms, the backoff is 300`);
            assert.equal(server.requests.length, 2);
          },
          { backoffMs: 300 }
        );
      });

    it("backs off before resending an inner request answered 503 without Retry-After", async () => {
      await onWire(
        [
          batchAnswer((inner) => ({ id: inner.id, status: 503 })),
          batchAnswer((inner) => ({ id: inner.id, status: 200, body: {} })),
        ],
        async (client, server) => {
          const { ms, result } = await timed(() =>
            client.batch([{ id: "a", method: "GET", url: "/me" }])
          );
          assert.equal(result[0]!.status, 200);
          assert.ok(ms >= 300, `waited ${ms.toFixed(0)} ms, the backoff is 300`);
          assert.equal(server.requests.length, 2);
        },
        { backoffMs: 300 }
      );
    });

    it("resends a write answered 429 (Graph did not take it), but not one answered 503 or 504", async () => {
      await onWire(
        [
          { status: 429, headers: { "Retry-After": "0" } },
          { status: 201, body: { id: "f1" } },
        ],
        async (client, server) => {
          assert.deepEqual(await client.post("/me/mailFolders", { displayName: "A" }), {
            id: "f1",
          });
          assert.equal(server.requests.length, 2);
        }
      );
      for (const status of [503, 504])
        await onWire(
          [graphError(status, "busy", { "Retry-After": "0" })],
          async (client, server) => {
            await assert.rejects(
              client.post("/me/mailFolders", { displayName: "A" }),
              rejectsWith(status, "busy")
            );
            assert.equal(server.requests.length, 1);
          }
        );
    });

    it("by default retries 4 times, honours a Retry-After up to 30 s, and backs off 500 ms", async () => {
      await onWire([{ status: 503, headers: { "Retry-After": "0" } }], async (_client, server) => {
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: async () => "t",
          limiter: createLimiter(1),
        });
        await assert.rejects(client.get("/me"), rejectsWith(503, "unknown"));
        assert.equal(server.requests.length, 5);
      });
      await onWire([{ status: 429, headers: { "Retry-After": "31" } }], async (_client, server) => {
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: async () => "t",
          limiter: createLimiter(1),
        });
        await assert.rejects(client.get("/me"), rejectsWith(429, "unknown"));
        assert.equal(server.requests.length, 1);
      });
      await onWire([{ status: 503 }, ME], async (_client, server) => {
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: async () => "t",
          limiter: createLimiter(1),
        });
        const { ms } = await timed(() => client.get("/me"));
        assert.ok(ms >= 450, `waited ${ms.toFixed(0)} ms`);
      });
    });
  });

  describe("no answer", () => {
    it("is a 502 noAnswer once the retries are spent; a read is tried again, a write is not", async () => {
      await onWire([{ drop: true }], async (client, server) => {
        await assert.rejects(
          client.get("/me"),
          rejectsWith(502, "noAnswer", "Graph's answer did not arrive")
        );
        assert.equal(server.requests.length, 3);
      });
      await onWire([{ drop: true }, ME], async (client, server) => {
        assert.deepEqual(await client.get("/me"), ME.body);
        assert.equal(server.requests.length, 2);
      });
      await onWire([{ drop: true }], async (client, server) => {
        await assert.rejects(
          client.post("/me/mailFolders", { displayName: "A" }),
          rejectsWith(502, "noAnswer")
        );
        assert.equal(server.requests.length, 1);
      });
    });

    it("is a 504 timeout when the answer is later than its time", async () => {
      await onWire(
        [{ ...ME, delayMs: 1000 }],
        async (client) => {
          await assert.rejects(
            client.get("/me"),
            rejectsWith(504, "timeout", "Graph did not answer in time")
          );
        },
        { timeoutMs: 200, maxRetries: 0 }
      );
    });

    it("shows each exchange to its observer: the status (0: no answer) and the time it took", async () => {
      const seen: { status: number; seconds: number }[] = [];
      await onWire(
        [{ drop: true }, { ...ME, delayMs: 300 }],
        async (client) => {
          await client.get("/me");
        },
        { observe: (exchange) => seen.push(exchange) }
      );
      assert.deepEqual(
        seen.map((exchange) => exchange.status),
        [0, 200]
      );
      assert.ok(seen[0]!.seconds >= 0 && seen[0]!.seconds < 0.3, String(seen[0]!.seconds));
      assert.ok(seen[1]!.seconds >= 0.28 && seen[1]!.seconds < 2, String(seen[1]!.seconds));
    });

    it("lets a token that cannot be had fail the call, and a $batch's requests with status 0", async () => {
      await onWire([ME], async (_client, server) => {
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: () => Promise.reject(new Error("no token")),
          limiter: createLimiter(1),
        });
        await assert.rejects(client.get("/me"), /no token/);
        assert.deepEqual(await client.batch([{ id: "a", method: "GET", url: "/me" }]), [
          { id: "a", status: 0, body: { error: { code: "requestFailed", message: "" } } },
        ]);
        assert.equal(server.requests.length, 0);
      });
    });

    it("gives up at once, unobserved and without a retry, when no turn can be had", async () => {
      const seen: unknown[] = [];
      await onWire([ME], async (_client, server) => {
        let turns = 0;
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: async () => "t",
          limiter: {
            run: () => {
              turns++;
              return Promise.reject(new SharedStateUnavailableError("busy"));
            },
          },
          observe: (exchange) => seen.push(exchange),
        });
        await assert.rejects(client.get("/me"), SharedStateUnavailableError);
        await assert.rejects(
          client.batch([{ id: "a", method: "GET", url: "/me" }]),
          SharedStateUnavailableError
        );
        assert.equal(turns, 2);
        assert.deepEqual(seen, []);
        assert.equal(server.requests.length, 0);
      });
    });
  });

  describe("paging (getAll)", () => {
    it("gathers the pages in order, following each next link", async () => {
      await onWire(
        [
          (request) => ({
            body: {
              value: [1, 2],
              "@odata.nextLink": `http://${request.headers.host}/v1.0/me/items?$skip=2`,
            },
          }),
          (request) => ({
            body: {
              value: [3],
              "@odata.nextLink": `http://${request.headers.host}/v1.0/me/items?$skip=3`,
            },
          }),
          { body: { value: [4] } },
        ],
        async (client, server) => {
          assert.deepEqual(await client.getAll("/me/items"), [1, 2, 3, 4]);
          assert.deepEqual(
            server.requests.map((request) => request.url),
            ["/v1.0/me/items", "/v1.0/me/items?$skip=2", "/v1.0/me/items?$skip=3"]
          );
        }
      );
    });

    it("takes a page without value as empty, but a value that is not a list as malformed", async () => {
      await onWire([{ body: {} }], async (client) => {
        assert.deepEqual(await client.getAll("/me/items"), []);
      });
      await onWire(
        [{ body: { value: "x" } }],
        async (client) => {
          await assert.rejects(
            client.getAll("/me/items"),
            rejectsWith(502, "malformedResponse", MALFORMED)
          );
        },
        { maxRetries: 0 }
      );
    });

    it("refuses a next link that is not a string, even a list holding one of ours", async () => {
      await onWire(
        [
          (request) => ({
            body: {
              value: [1],
              "@odata.nextLink": [`http://${request.headers.host}/v1.0/me/items?$skip=1`],
            },
          }),
        ],
        async (client, server) => {
          await assert.rejects(client.getAll("/me/items"), rejectsWith(502, "untrustedNextLink"));
          assert.equal(server.requests.length, 1);
        }
      );
      await onWire([{ body: { value: [1], "@odata.nextLink": 42 } }], async (client, server) => {
        await assert.rejects(
          client.getAll("/me/items"),
          rejectsWith(
            502,
            "untrustedNextLink",
            "Graph's next page link points outside Graph; it was not followed"
          )
        );
        assert.equal(server.requests.length, 1);
      });
    });
  });

  describe("$batch", () => {
    const gets = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `r${index}`,
        method: "GET" as const,
        url: `/me/items/${index}`,
      }));
    const okInner = batchAnswer((inner) => ({
      id: inner.id,
      status: 200,
      body: { url: inner.url },
    }));

    it("sends 20 requests in one $batch and 21 in two, to the version root's /$batch", async () => {
      await onWire([okInner], async (client, server) => {
        await client.batch(gets(20));
        assert.equal(server.requests.length, 1);
        await client.batch(gets(21));
        assert.deepEqual(
          server.requests.map((request) => [request.method, request.url, request.inner.length]),
          [
            ["POST", "/v1.0/$batch", 20],
            ["POST", "/v1.0/$batch", 20],
            ["POST", "/v1.0/$batch", 1],
          ]
        );
        assert.deepEqual(server.requests[2]!.inner, [
          { id: "r20", method: "GET", url: "/me/items/20" },
        ]);
      });
    });

    it("answers in request order, whatever the order of Graph's answers", async () => {
      await onWire(
        [
          (request) => ({
            body: {
              responses: [...request.inner]
                .reverse()
                .map((inner) => ({ id: inner.id, status: 200, body: { url: inner.url } })),
            },
          }),
        ],
        async (client) => {
          const responses = await client.batch(gets(3));
          assert.deepEqual(responses, [
            { id: "r0", status: 200, body: { url: "/me/items/0" } },
            { id: "r1", status: 200, body: { url: "/me/items/1" } },
            { id: "r2", status: 200, body: { url: "/me/items/2" } },
          ]);
        }
      );
    });

    it("keeps inner 204, 202 and 3xx answers without a body, but a 2xx without a JSON object is malformed", async () => {
      const statuses: Record<string, [number, unknown]> = {
        r0: [204, undefined],
        r1: [202, undefined],
        r2: [300, undefined],
        r3: [200, [1]],
        r4: [201, undefined],
        r5: [404, undefined],
        r6: [100, undefined],
      };
      await onWire(
        [
          batchAnswer((inner) => {
            const [status, body] = statuses[inner.id]!;
            return { id: inner.id, status, ...(body === undefined ? {} : { body }) };
          }),
        ],
        async (client) => {
          const responses = await client.batch(gets(7));
          const malformed = { error: { code: "malformedResponse", message: "" } };
          assert.deepEqual(responses, [
            { id: "r0", status: 204, body: undefined },
            { id: "r1", status: 202, body: undefined },
            { id: "r2", status: 300, body: undefined },
            { id: "r3", status: 502, body: malformed },
            { id: "r4", status: 502, body: malformed },
            { id: "r5", status: 404, body: undefined },
            { id: "r6", status: 100, body: undefined },
          ]);
        },
        { maxRetries: 0 }
      );
    });

    it("ignores answers for ids it did not ask for, or without a string id and integer status; a request left unanswered gets status 0", async () => {
      await onWire(
        [
          batchAnswer((inner) =>
            inner.id === "r0"
              ? { id: "r0", status: 200, body: { first: true } }
              : inner.id === "r1"
                ? { id: "r1", status: "200", body: {} }
                : { id: 2, status: 200, body: {} }
          ),
        ],
        async (client) => {
          const responses = await client.batch(gets(3));
          const none = { error: { code: "noResponse", message: "" } };
          assert.deepEqual(responses, [
            { id: "r0", status: 200, body: { first: true } },
            { id: "r1", status: 0, body: none },
            { id: "r2", status: 0, body: none },
          ]);
        },
        { maxRetries: 0 }
      );
      await onWire(
        [
          (request) => ({
            body: {
              responses: [
                { id: "stranger", status: 200, body: {} },
                null,
                "r0",
                { id: request.inner[0]!.id, status: 200, body: { first: true } },
                { id: request.inner[0]!.id, status: 404, body: { second: true } },
              ],
            },
          }),
        ],
        async (client) => {
          assert.deepEqual(await client.batch(gets(1)), [
            { id: "r0", status: 200, body: { first: true } },
          ]);
        }
      );
    });

    it("gives each request a 502 malformedResponse when the envelope has no list of responses, and resends a read", async () => {
      await onWire(
        [{ body: { responses: "none" } }, okInner],
        async (client, server) => {
          assert.deepEqual(await client.batch(gets(1)), [
            { id: "r0", status: 502, body: { error: { code: "malformedResponse", message: "" } } },
          ]);
          assert.equal(server.requests.length, 1);
        },
        { maxRetries: 0 }
      );
      await onWire([{ body: {} }, okInner], async (client, server) => {
        assert.deepEqual(await client.batch(gets(1)), [
          { id: "r0", status: 200, body: { url: "/me/items/0" } },
        ]);
        assert.equal(server.requests.length, 2);
      });
    });

    it("resends an inner read answered 503, an inner write only after a 429, never a write answered 503 or without a body", async () => {
      const writes = [
        { id: "w429", method: "POST" as const, url: "/me/mailFolders", body: { displayName: "A" } },
        { id: "w503", method: "POST" as const, url: "/me/mailFolders", body: { displayName: "B" } },
        {
          id: "wEmpty",
          method: "POST" as const,
          url: "/me/mailFolders",
          body: { displayName: "C" },
        },
        { id: "r503", method: "GET" as const, url: "/me" },
      ];
      const first = batchAnswer((inner) =>
        inner.id === "wEmpty"
          ? { id: inner.id, status: 201 }
          : {
              id: inner.id,
              status: inner.id === "w429" ? 429 : 503,
              headers: { "Retry-After": "0" },
              body: { error: { code: "busy", message: "" } },
            }
      );
      const then = batchAnswer((inner) => ({ id: inner.id, status: 201, body: { again: true } }));
      await onWire([first, then], async (client, server) => {
        const responses = await client.batch(writes);
        assert.deepEqual(
          responses.map((response) => [response.id, response.status]),
          [
            ["w429", 201],
            ["w503", 503],
            ["wEmpty", 502],
            ["r503", 201],
          ]
        );
        assert.deepEqual(
          server.requests[1]!.inner.map((inner) => inner.id),
          ["w429", "r503"]
        );
        assert.deepEqual(server.requests[0]!.inner[0]!.body, { displayName: "A" });
      });
    });

    it("resends a whole $batch of reads refused 503 or unanswered, one with a write only after a 429", async () => {
      const created = batchAnswer((inner) => ({
        id: inner.id,
        status: 201,
        body: { created: true },
      }));
      const write = {
        id: "w",
        method: "POST" as const,
        url: "/me/mailFolders",
        body: { displayName: "A" },
      };
      await onWire(
        [{ status: 503, headers: { "Retry-After": "0" } }, created],
        async (client, server) => {
          assert.deepEqual(
            (await client.batch(gets(1))).map((response) => response.status),
            [201]
          );
          assert.equal(server.requests.length, 2);
        }
      );
      await onWire([{ drop: true }, created], async (client, server) => {
        assert.deepEqual(
          (await client.batch(gets(1))).map((response) => response.status),
          [201]
        );
        assert.equal(server.requests.length, 2);
      });
      await onWire(
        [{ status: 429, headers: { "Retry-After": "0" } }, created],
        async (client, server) => {
          assert.deepEqual(await client.batch([write]), [
            { id: "w", status: 201, body: { created: true } },
          ]);
          assert.equal(server.requests.length, 2);
        }
      );
    });

    it("never resends a whole $batch with a write after a 503, a malformed answer or none (it may have run)", async () => {
      const answers: [WireAnswer, number, string][] = [
        [{ status: 503, headers: { "Retry-After": "0" } }, 503, "unknown"],
        [{ status: 200, body: "{" }, 502, "malformedResponse"],
        [{ drop: true }, 502, "noAnswer"],
      ];
      for (const [answer, status, code] of answers)
        await onWire([answer], async (client, server) => {
          const [response] = await client.batch([
            { id: "w", method: "POST", url: "/me/mailFolders", body: { displayName: "A" } },
          ]);
          assert.equal(response!.status, status);
          assert.equal((response!.body as { error: { code: string } }).error.code, code);
          assert.equal(server.requests.length, 1);
        });
    });

    it("stops resending an inner request after its retries, with Graph's last answer", async () => {
      const busy = batchAnswer((inner) => ({
        id: inner.id,
        status: 503,
        headers: { "Retry-After": "0" },
        body: { error: { code: "serviceUnavailable", message: "later" } },
      }));
      await onWire(
        [busy],
        async (client, server) => {
          assert.deepEqual(await client.batch(gets(1)), [
            {
              id: "r0",
              status: 503,
              body: { error: { code: "serviceUnavailable", message: "later" } },
            },
          ]);
          assert.equal(server.requests.length, 2);
        },
        { maxRetries: 1 }
      );
    });

    for (const header of ["Retry-After", "retry-after"])
      it(`reads an inner ${header} header: beyond its ceiling the request fails as 429 TooManyRequests at once`, async () => {
        await onWire(
          [
            batchAnswer((inner) => ({
              id: inner.id,
              status: 429,
              headers: { [header]: "5" },
              body: { error: { code: "TooManyRequests", message: "wait" } },
            })),
          ],
          async (client, server) => {
            assert.deepEqual(await client.batch(gets(1)), [
              {
                id: "r0",
                status: 429,
                body: { error: { code: "TooManyRequests", message: "" } },
              },
            ]);
            assert.equal(server.requests.length, 1);
          },
          { maxRetryAfterMs: 1000 }
        );
      });

    it("waits for the longest inner Retry-After: one beyond the ceiling fails every throttled request", async () => {
      await onWire(
        [
          batchAnswer((inner) => ({
            id: inner.id,
            status: 429,
            headers: { "Retry-After": inner.id === "r0" ? "0" : "5" },
          })),
        ],
        async (client, server) => {
          assert.deepEqual(
            (await client.batch(gets(2))).map((response) => response.status),
            [429, 429]
          );
          assert.equal(server.requests.length, 1);
        },
        { maxRetryAfterMs: 1000 }
      );
    });

    it("waits an inner Retry-After equal to its ceiling", async () => {
      await onWire(
        [
          batchAnswer((inner) => ({ id: inner.id, status: 429, headers: { "Retry-After": "1" } })),
          okInner,
        ],
        async (client, server) => {
          const { ms, result } = await timed(() => client.batch(gets(1)));
          assert.equal(result[0]!.status, 200);
          assert.ok(ms >= 1000, `waited ${ms.toFixed(0)} ms`);
          assert.equal(server.requests.length, 2);
        },
        { maxRetryAfterMs: 1000 }
      );
    });
  });
});
