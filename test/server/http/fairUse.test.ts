import assert from "node:assert/strict";
import http from "node:http";
import { MemoryStore, type Store } from "express-rate-limit";
import type { ServiceErrorBody } from "@contracts/serviceErrors.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { GRAPH_READ_SCOPES } from "../../../server/auth/graphTokenProvider.js";
import { MARIE, startSimulators } from "../../helpers/liveStack.js";
import { startTestApp } from "../../helpers/testApp.js";
import { rawRequest } from "../../helpers/rawHttp.js";
import * as snapshots from "../../fixtures/snapshots.js";

const PAUL = { ...MARIE, oid: "00000000-0000-0000-0001-000000000002", upn: "paul@outlook.fr" };

/** The answer to headers that announce a body of `length` bytes, before any byte of it is sent. */
function answerWithoutBody(
  baseUrl: string,
  path: string,
  length: number
): Promise<{ status: number; text: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: "POST",
        path,
        headers: { "Content-Type": "application/json", "Content-Length": String(length) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, text });
        });
      }
    );
    request.on("error", reject);
    request.flushHeaders();
  });
}

describe("fair use: rate limits and body limits (HTTP)", function () {
  this.timeout(60000);

  it("limits anonymous endpoints per client address: 429 rate_limited with Retry-After", async () => {
    const app = await startTestApp({ RATE_LIMIT_ANONYMOUS: "3", RATE_LIMIT_WINDOW_SECONDS: "60" });
    try {
      const lookup = (address?: string) =>
        fetch(`${app.url}/api/providers/lookup?email=marie%40hotmail.fr`, {
          headers: address ? { "X-Forwarded-For": address } : {},
        });
      // Thunderbird's autoconfig draws on the same budget as the API.
      await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=marie%40hotmail.fr`);
      assert.equal((await lookup()).status, 200);
      assert.equal((await lookup()).status, 200);
      const refused = await lookup();
      assert.equal(refused.status, 429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
      assert.match(refused.headers.get("ratelimit-policy") ?? "", /"anonymous"; q=3; w=60/);
      assert.equal(refused.headers.get("cache-control"), "no-store");
      const { error } = (await refused.json()) as ServiceErrorBody;
      assert.equal(error.code, "rate_limited");
      assert.deepEqual(error.code === "rate_limited" && error.details, {
        retryAfterSeconds: retryAfter,
      });
      // Another address (through the trusted local proxy) has its own budget.
      assert.equal((await lookup("203.0.113.7")).status, 200);
      // Static files and health checks are not counted.
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
      assert.equal((await fetch(`${app.url}/taskpane.html`)).status, 200);
    } finally {
      await app.close();
    }
  });

  it("slows an address whose requests keep being refused, and no one else", async () => {
    const app = await startTestApp({ RATE_LIMIT_REFUSALS: "3", RATE_LIMIT_ANONYMOUS: "1000" });
    try {
      const lookup = async (address: string, email: string) => {
        const started = performance.now();
        const response = await fetch(
          `${app.url}/api/providers/lookup?email=${encodeURIComponent(email)}`,
          { headers: { "X-Forwarded-For": address } }
        );
        return { status: response.status, ms: performance.now() - started };
      };
      // A script sends 25 broken lookups at once: beyond the third, each waits 100 ms more, up to 2 s.
      const flood = await Promise.all(
        Array.from({ length: 25 }, () => lookup("203.0.113.66", "not an address"))
      );
      assert.ok(flood.every(({ status }) => status === 400));
      assert.ok(Math.max(...flood.map(({ ms }) => ms)) >= 1990, "the last ones waited 2 s");
      // Its next request, valid or not, waits the longest delay, then gets its real answer.
      const next = await lookup("203.0.113.66", "marie@hotmail.fr");
      assert.equal(next.status, 200);
      assert.ok(next.ms >= 1990, `waited ${Math.round(next.ms)} ms`);
      // Another address is not slowed.
      assert.ok((await lookup("203.0.113.67", "marie@hotmail.fr")).ms < 1000);
      // Answers below 400 do not count: 30 lookups that succeed would otherwise mean a 2 s wait.
      for (let index = 0; index < 30; index++)
        assert.equal((await lookup("203.0.113.68", "marie@hotmail.fr")).status, 200);
      assert.ok((await lookup("203.0.113.68", "marie@hotmail.fr")).ms < 1000);
    } finally {
      await app.close();
    }
  });

  it("limits mailbox endpoints per signed-in user (tid+oid), not per address", async () => {
    const simulators = await startSimulators();
    simulators.identity.consents.grant(PAUL.oid, GRAPH_READ_SCOPES);
    simulators.accounts.set(PAUL.oid, { seed: demoMailbox(new Date()) });
    const app = await startTestApp({ ...simulators.env, RATE_LIMIT_MAILBOX: "2" });
    try {
      const poll = async (user: typeof MARIE) =>
        fetch(`${app.url}/api/mailbox/diagnose`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Authorization: `Bearer ${await simulators.identity.issueApiToken(user)}`,
          },
          body: "{}",
        });
      assert.equal((await poll(MARIE)).status, 200);
      assert.equal((await poll(MARIE)).status, 200);
      const refused = await poll(MARIE);
      assert.equal(refused.status, 429);
      assert.equal(((await refused.json()) as ServiceErrorBody).error.code, "rate_limited");
      assert.ok(Number(refused.headers.get("retry-after")) >= 1);
      // Paul, from the same address, has his own budget; so do anonymous endpoints.
      assert.equal((await poll(PAUL)).status, 200);
      assert.equal(
        (await fetch(`${app.url}/api/providers/lookup?email=marie%40hotmail.fr`)).status,
        200
      );
    } finally {
      await app.close();
      await simulators.close();
    }
  });

  it("keeps its counters in the store it is given (the seam for a shared store such as Redis)", async () => {
    const increments: string[] = [];
    const counting = (name: string): Store => {
      const store = new MemoryStore();
      const increment = store.increment.bind(store);
      store.increment = (key) => {
        increments.push(`${name} ${key}`);
        return increment(key);
      };
      return store;
    };
    const app = await startTestApp({}, { rateLimitStores: counting });
    try {
      await fetch(`${app.url}/api/providers/lookup?email=marie%40hotmail.fr`);
      await fetch(`${app.url}/api/mailbox/diagnose`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      // Every request is counted for the slow-down first (and taken back when it is not refused).
      assert.deepEqual(increments, [
        "refusals address:127.0.0.1",
        "anonymous address:127.0.0.1",
        "refusals address:127.0.0.1",
        "mailbox address:127.0.0.1",
      ]);
    } finally {
      await app.close();
    }
  });

  it("sizes each body limit to its endpoint and refuses a larger body before reading it", async () => {
    const app = await startTestApp();
    try {
      for (const [path, limit] of [
        ["/api/diagnose", 16 * 1024],
        ["/api/mailbox/diagnose", 1024],
        ["/api/migrate/progress", 32 * 1024],
        ["/api/migrate/folders", 256 * 1024],
        ["/api/rules/compile", 1024 * 1024],
        ["/api/rules/apply", 1024 * 1024],
      ] as const) {
        // Only the headers are sent: the answer comes without waiting for the body.
        const { status, text } = await answerWithoutBody(app.url, path, limit + 1);
        assert.equal(status, 413, path);
        const { error } = JSON.parse(text) as ServiceErrorBody;
        assert.deepEqual(error.code === "body_too_large" && error.details, { limitBytes: limit });
      }
      // A megabyte of "[" is refused by the diagnosis as too large, not parsed.
      const brackets = await fetch(`${app.url}/api/diagnose`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "[".repeat(1024 * 1024),
      });
      assert.equal(brackets.status, 413);
    } finally {
      await app.close();
    }
  });

  it("still takes the largest valid bodies, in any script", async () => {
    const app = await startTestApp();
    try {
      const post = (path: string, body: unknown) =>
        rawRequest(app.url, {
          method: "POST",
          path,
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
      // 3 bytes per character in UTF-8.
      const chinese = (length: number) => "邮".repeat(length);
      const folders = await post("/api/migrate/folders", {
        paths: Array.from({ length: 20 }, () => Array.from({ length: 10 }, () => chinese(255))),
      });
      assert.equal(folders.status, 200, folders.text.slice(0, 200));
      const progress = await post("/api/migrate/progress", {
        folderIds: Array.from({ length: 20 }, (_, index) => `${index}${chinese(510)}`),
      });
      assert.equal(progress.status, 200, progress.text.slice(0, 200));
      const diagnose = await post("/api/diagnose", {
        snapshot: {
          ...snapshots.standalone,
          displayName: chinese(256),
          host: { name: chinese(64), version: chinese(64), platform: chinese(32) },
          // The account type is one of Office's documented values; every free text is at its longest.
          accountType: "outlookCom",
          displayLanguage: chinese(35),
        },
        email: "marie@hotmail.fr",
        answers: { usedPop3: true, hasPstFiles: true, outlookOpens: false },
        locale: "fr",
      });
      assert.equal(diagnose.status, 200, diagnose.text.slice(0, 200));
    } finally {
      await app.close();
    }
  });
});
