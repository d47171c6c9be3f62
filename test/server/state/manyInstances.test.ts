// Many instances, one truth: two built MailBridge servers behind Debian's nginx, sharing Debian's
// redis-server, in front of the identity and Graph simulators. What one instance knows (a Graph
// token, a fair-use counter, a mailbox's turns, a rule just applied) the other knows too.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { ApplyResponse } from "@contracts/ruleApply.js";
import type { Readiness } from "@contracts/health.js";
import type { ServiceErrorBody } from "@contracts/serviceErrors.js";
import type { Rule } from "@contracts/rules.js";
import { GRAPH_READ_SCOPES, GRAPH_WRITE_SCOPES } from "../../../server/auth/graphTokenProvider.js";
import type { SimulatedAccount } from "../../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { startBuiltServer, type RunningServer } from "../../helpers/builtServer.js";
import { startSimulators, type Simulators } from "../../helpers/liveStack.js";
import { startNginx, type NginxProxy } from "../../helpers/nginxProxy.js";
import { rawRequest, type RawResponse } from "../../helpers/rawHttp.js";
import { startRedisServer, type RedisServer } from "../../helpers/redisServer.js";
import {
  CONSUMERS_TENANT,
  type SimulatedUser,
} from "../../simulators/identity/identitySimulator.js";

const PUBLIC_HOST = "mailbridge.test";
const OBO_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

const users: SimulatedUser[] = Array.from({ length: 5 }, (_, index) => ({
  oid: `00000000-0000-0000-0002-${String(index + 1).padStart(12, "0")}`,
  tid: CONSUMERS_TENANT,
  upn: `user${index + 1}@outlook.com`,
  name: `User ${index + 1}`,
}));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("many instances, one truth: two servers behind nginx sharing Redis", function () {
  this.timeout(120000);
  let redis: RedisServer;
  let simulators: Simulators;
  let accounts: Map<string, SimulatedAccount>;
  let first: RunningServer;
  let second: RunningServer;
  let proxy: NginxProxy;
  const tokens = new Map<SimulatedUser, string>();

  before(async () => {
    redis = await startRedisServer();
    accounts = new Map(users.map((user) => [user.oid, { seed: demoMailbox(new Date()) }]));
    simulators = await startSimulators({ accounts, graphLatencyMs: 20 });
    for (const user of users) {
      simulators.identity.consents.grant(user.oid, [...GRAPH_READ_SCOPES, ...GRAPH_WRITE_SCOPES]);
      tokens.set(user, await simulators.identity.issueApiToken(user));
    }
    const env = {
      ...simulators.env,
      REDIS_URL: redis.url,
      TOKEN_CACHE_KEY: randomBytes(32).toString("base64"),
      PUBLIC_URL: `https://${PUBLIC_HOST}`,
      RATE_LIMIT_ANONYMOUS: "40",
      RATE_LIMIT_MAILBOX: "100000",
    };
    [first, second] = await Promise.all([startBuiltServer(env), startBuiltServer(env)]);
    proxy = await startNginx([first.port, second.port]);
  });

  after(async () => {
    await proxy?.close();
    await first?.kill();
    await second?.stop();
    await simulators?.close();
    await redis?.close();
  });

  /** Through nginx, as a browser reaches the service; `client` is the caller's address. */
  const send = (
    path: string,
    options: { user?: SimulatedUser; body?: unknown; client?: string } = {}
  ): Promise<RawResponse> =>
    rawRequest(proxy.url, {
      method: options.body === undefined ? "GET" : "POST",
      path,
      headers: {
        Host: PUBLIC_HOST,
        "X-Forwarded-For": options.client ?? "198.51.100.1",
        ...(options.user ? { Authorization: `Bearer ${tokens.get(options.user)}` } : {}),
        ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  const diagnose = (user: SimulatedUser) =>
    send("/api/mailbox/diagnose", { user, body: { locale: "en" } });
  const answered = (server: RunningServer, route: string) =>
    server.logs
      .join("")
      .split("\n")
      .filter((line) => line.includes(`"route":"${route}"`)).length;

  it("exchanges each user's token On-Behalf-Of once, whichever instance answers", async () => {
    simulators.identity.tokenRequests.length = 0;
    const responses = await Promise.all(
      users.flatMap((user) => Array.from({ length: 8 }, () => diagnose(user)))
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      responses.map(() => 200),
      responses.find((response) => response.status !== 200)?.text
    );
    const exchanges = simulators.identity.tokenRequests.filter(
      (request) => request.grantType === OBO_GRANT
    );
    assert.equal(exchanges.length, users.length, "one exchange per user, not one per request");
    assert.ok(answered(first, "/api/mailbox/diagnose") > 0, "the first instance answered");
    assert.ok(answered(second, "/api/mailbox/diagnose") > 0, "the second instance answered");
    // In Redis: one partition per user, encrypted.
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys("mailbridge:tokens:*");
      assert.equal(keys.length, users.length);
      for (const key of keys) assert.doesNotMatch((await client.get(key))!, /sim-graph\.|secret/);
    } finally {
      client.disconnect();
    }
  });

  it("counts fair use once for both instances", async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 60; request++)
      statuses.push(
        (await send("/api/providers/lookup?email=marie%40hotmail.fr", { client: "203.0.113.7" }))
          .status
      );
    // 40 a minute per address: each instance alone would have let all 60 through.
    assert.equal(statuses.filter((status) => status === 200).length, 40);
    assert.equal(statuses.filter((status) => status === 429).length, 20);
  });

  it("slows an address refused over 30 times a minute on both instances, counted once", async () => {
    const refused = await Promise.all(
      Array.from({ length: 35 }, () =>
        send("/api/providers/lookup?email=nope", { client: "203.0.113.9" })
      )
    );
    assert.ok(refused.every((response) => response.status === 400));
    // 36 counted across both instances: 600 ms (each alone would have counted about 18: none).
    const started = performance.now();
    const next = await send("/api/providers/lookup?email=marie%40hotmail.fr", {
      client: "203.0.113.9",
    });
    assert.equal(next.status, 200);
    assert.ok(performance.now() - started >= 550, "the next request waited");
  });

  it("never has more than 4 Graph requests in flight for a mailbox, across instances", async () => {
    // Each instance has the user's Graph token at hand: requests then go to Graph at once.
    for (let warm = 0; warm < 2; warm++) await diagnose(users[0]!);
    // Slow answers, so that requests would pile up at Graph if nothing held them back.
    simulators.graph.setFaults({ rate: 1, kinds: ["latency"], extraLatencyMs: 150 });
    simulators.graph.resetStats();
    let responses: RawResponse[];
    try {
      responses = await Promise.all(Array.from({ length: 24 }, () => diagnose(users[0]!)));
    } finally {
      simulators.graph.setFaults({});
    }
    assert.ok(responses.every((response) => response.status === 200));
    const { peakInFlight, requests } = simulators.graph.stats;
    assert.ok(requests >= 24, `the load reached Graph (${requests} requests)`);
    assert.ok(peakInFlight <= 4, `peak in flight ${peakInFlight}`);
    assert.ok(peakInFlight >= 3, `the mailbox's turns were all in use (peak ${peakInFlight})`);
  });

  it("answers clear 503s while Redis is away, then recovers on its own", async () => {
    await redis.stop();
    try {
      const started = Date.now();
      const down = await diagnose(users[1]!);
      assert.equal(down.status, 503, down.text);
      assert.equal(
        (JSON.parse(down.text) as ServiceErrorBody).error.code,
        "temporarily_unavailable"
      );
      assert.equal(down.headers["retry-after"], "5");
      assert.ok(Date.now() - started < 3000, "refused at once, not after a hang");
      // What needs no shared state still works (counted again once Redis is back).
      const lookup = await send("/api/providers/lookup?email=marie%40hotmail.fr", {
        client: "192.0.2.50",
      });
      assert.equal(lookup.status, 200);
      for (const server of [first, second]) {
        const ready = await rawRequest(server.url, { path: "/readyz" });
        assert.equal(ready.status, 503);
        assert.equal((JSON.parse(ready.text) as Readiness).checks.sharedState, "failing");
      }
    } finally {
      await redis.start();
    }
    let recovered: RawResponse | null = null;
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await sleep(250)) {
      recovered = await diagnose(users[1]!);
      if (recovered.status === 200) break;
    }
    assert.equal(recovered?.status, 200, recovered?.text);
    for (const server of [first, second])
      assert.equal((await rawRequest(server.url, { path: "/readyz" })).status, 200);
  });

  it("keeps answering when an instance dies under load, and applies each rule exactly once", async () => {
    const user = users[2]!;
    const rules: Rule[] = ["Factures", "Banque", "Voyages"].map((name) => ({
      name: `Classer ${name}`,
      conditions: { subjectContains: [name.toLowerCase()] },
      actions: { moveToFolder: ["Inbox", name] },
    }));
    const outcomes: { started: number; status: number }[] = [];
    let killedAt = Number.POSITIVE_INFINITY;
    const loop = async (request: () => Promise<RawResponse>) => {
      while (Date.now() < killedAt + 8000) {
        const started = Date.now();
        const response = await request().catch(() => ({ status: 0 }) as RawResponse);
        outcomes.push({ started, status: response.status });
      }
    };
    const apply = () => send("/api/rules/apply", { user, body: { rules, dryRun: false } });
    const load = Promise.all([
      ...Array.from({ length: 6 }, () => loop(() => diagnose(user))),
      loop(apply),
      loop(apply),
    ]);
    await sleep(1000);
    await first.kill();
    killedAt = Date.now();
    await load;

    const before = outcomes.filter((outcome) => outcome.started < killedAt);
    const after = outcomes.filter((outcome) => outcome.started > killedAt + 500);
    assert.ok(before.length > 0 && after.length > 20, `${before.length} / ${after.length}`);
    assert.deepEqual(
      after.filter((outcome) => outcome.status !== 200),
      [],
      "after the kill, the other instance answers everything"
    );
    const rulesInMailbox = simulators.graph
      .mailboxOf(accounts.get(user.oid)!)
      .rules.map((rule) => rule.displayName)
      .filter((name) => name.startsWith("Classer "));
    assert.deepEqual(rulesInMailbox.sort(), rules.map((rule) => rule.name).sort());
    const check = await send("/api/rules/apply", { user, body: { rules, dryRun: true } });
    assert.deepEqual(
      (JSON.parse(check.text) as ApplyResponse).rules.map((rule) => rule.status),
      ["exists", "exists", "exists"]
    );
  });
});
