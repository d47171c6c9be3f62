// Fuzzing every endpoint over HTTP, in demo and in live mode: 10,000+ requests built from valid
// requests with one part broken (prototype names, lone surrogates, NUL, wrong types, unknown fields),
// random JSON, broken bodies (not JSON, cut short, a Content-Encoding they do not have), hostile
// query strings, paths and headers, and — in live mode — Graph answering with empty, cut-off, slow
// or malformed bodies. Whatever arrives, the answer is below 500 and nothing is logged as unhandled.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { seededRandom } from "../../../server/simulators/random.js";
import * as snapshots from "../../fixtures/snapshots.js";
import { MARIE, startSimulators, type Simulators } from "../../helpers/liveStack.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

const REQUESTS_PER_MODE = 5200;
const CONCURRENCY = 24;

const HOSTILE_TEXT = [
  "constructor",
  "__proto__",
  "toString",
  "Constructor",
  "hasOwnProperty",
  "prototype",
  "valueOf",
  "\ud800",
  "a\udc00b",
  "\u0000",
  "x\u0000y",
  "\uffff",
  "\u202eevil",
  "😀",
  "",
  " ",
  "../../etc/passwd",
  "%00",
  "%ZZ",
  "<script>alert(1)</script>",
  "\r\nX-Injected: 1",
  "Inbox/../Archive",
  "x".repeat(4000),
  `AAMk${"A".repeat(40)}`,
];
const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE_TEXT,
  null,
  0,
  -1,
  1e308,
  1.5,
  true,
  [],
  {},
  [[[[[[[[[[[]]]]]]]]]]],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'),
  ["constructor"],
];
const ENCODINGS = ["gzip", "br", "deflate", "x-unknown", "gzip, br", "identity"];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** The object with one value, anywhere in it, replaced (or one unknown field added). */
function mutate(value: unknown, random: Random): unknown {
  if (typeof value !== "object" || value === null || random() < 0.25)
    return pick(random, HOSTILE_VALUES);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...(value as unknown[])]
    : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || random() < 0.1) {
    Object.defineProperty(copy, pick(random, ["__proto__", "constructor", "extra", "toString"]), {
      value: pick(random, HOSTILE_VALUES),
      enumerable: true,
    });
    return copy;
  }
  const key = pick(random, keys);
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], random);
  return copy;
}

const RULE = {
  name: "Gmail → Boîte/Gmail",
  conditions: { sentToAddresses: ["marie@gmail.com"], subjectContains: ["facture"] },
  actions: { moveToFolder: ["Inbox", "Gmail"], assignCategories: ["Gmail"] },
};
/** A valid body for each POST endpoint. */
const VALID: Record<string, () => unknown> = {
  "/api/diagnose": () => ({
    snapshot: snapshots.classicWindowsOutlookCom,
    email: "marie@hotmail.fr",
    answers: { usedPop3: true, hasPstFiles: true },
    locale: "fr",
  }),
  "/api/rules/compile": () => ({ rules: [RULE], locale: "en", accounts: ["marie@gmail.com"] }),
  "/api/rules/apply": () => ({ rules: [RULE], dryRun: true }),
  "/api/mailbox/diagnose": () => ({ locale: "fr", quotaGb: 15 }),
  "/api/migrate/folders": () => ({ paths: [["Archive", "2019"], ["Inbox"], ["constructor"]] }),
  "/api/migrate/progress": () => ({ folderIds: [`AAMk${"A".repeat(40)}`, "inbox"] }),
  // Demo mode's Graph for the .pst importer (404 in live mode).
  "/demo-graph/v1.0/me/mailFolders/inbox/messages": () => ({
    subject: "Facture",
    body: { contentType: "html", content: "<p>Bonjour</p>" },
    from: { emailAddress: { address: "marie@hotmail.fr", name: "Marie" } },
    isRead: true,
    singleValueExtendedProperties: [{ id: "Integer 0x0E07", value: "1" }],
  }),
};
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Percent-encoded, a lone surrogate as the bytes a careless client sends for it (WTF-8). */
const encode = (value: string): string =>
  value
    .split(new RegExp(`(${LONE_SURROGATE.source})`))
    .map((part) => (LONE_SURROGATE.test(part) ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("");

const GET_PATHS = [
  (value: string) => `/api/providers/lookup?email=${encode(value)}`,
  (value: string) => `/mail/config-v1.1.xml?emailaddress=${encode(value)}`,
  (value: string) =>
    `/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=${encode(value)}x@y`,
  (value: string) => `/api/providers/lookup?email=a%40b.fr&email=${encode(value)}`,
  (value: string) => `/api/${encode(value)}`,
  () => "/api/auth/config",
  () => "/healthz",
  () => "/readyz",
  () => "/taskpane.html",
  () => "/manifest.xml",
  () => "/%ZZ",
  () => "/..%2f..%2fetc%2fpasswd",
  () => "/api/providers/lookup?email=%E0%A4%A",
  (value: string) =>
    `/demo-graph/v1.0/me/mailFolders/${encode(value)}/messages?$top=${encode(value)}`,
  (value: string) => `/demo-graph/v1.0/me/messages?$filter=${encode(value)}`,
  (value: string) => `/demo-graph/${encode(value)}`,
  (value: string) => `/demo-graph/upload/${encode(value)}?authtoken=${encode(value)}`,
];

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

function fuzzRequest(random: Random, credentials: () => Record<string, string>): FuzzRequest {
  const roll = random();
  const post = (path: string, body: Buffer, headers: Record<string, string> = {}) => ({
    method: "POST",
    path,
    headers: { "Content-Type": "application/json", ...credentials(), ...headers },
    body,
  });
  const endpoint = pick(random, Object.keys(VALID));
  const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? "null");
  if (roll < 0.45) return post(endpoint, json(mutate(VALID[endpoint]!(), random)));
  if (roll < 0.55) {
    const [value] = fc.sample(fc.jsonValue(), { numRuns: 1, seed: Math.floor(random() * 2 ** 31) });
    return post(endpoint, json(value));
  }
  if (roll < 0.65) {
    const valid = JSON.stringify(VALID[endpoint]!());
    const broken = pick(random, [
      () => post(endpoint, Buffer.from(valid.slice(0, Math.floor(valid.length / 2)))),
      () => post(endpoint, Buffer.from("[".repeat(2000))),
      () => post(endpoint, Buffer.from(valid), { "Content-Encoding": pick(random, ENCODINGS) }),
      () => post(endpoint, gzipSync(valid).subarray(0, 12), { "Content-Encoding": "gzip" }),
      () => post(endpoint, gzipSync(valid), { "Content-Encoding": "br" }),
      () => post(endpoint, Buffer.from(valid), { "Content-Type": "text/plain" }),
      () =>
        post(endpoint, Buffer.from(valid), { "Content-Type": "application/json; charset=latin1" }),
      () => post(endpoint, Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
      () => post(endpoint, Buffer.alloc(0)),
    ]);
    return broken();
  }
  if (roll < 0.8) {
    const value = pick(random, HOSTILE_TEXT);
    return { method: "GET", path: pick(random, GET_PATHS)(value), headers: credentials() };
  }
  // Hostile headers on a valid request.
  const header = pick(random, [
    { "Accept-Language": pick(random, ["*", "fr;q=x", "__proto__", "x".repeat(2000)]) },
    {
      "X-Request-Id": pick(
        random,
        // What a header can carry: printable ASCII.
        HOSTILE_TEXT.filter((text) => /^[\x20-\x7e]*$/.test(text))
      ),
    },
    { Origin: pick(random, ["https://evil.example", "null", "http://localhost"]) },
    {
      Authorization: pick(random, [
        "Bearer",
        "Bearer a.b.c",
        "Basic eDp5",
        `Bearer ${"a".repeat(6000)}`,
      ]),
    },
    { "X-MailBridge-Visitor": pick(random, ["__proto__", randomUUID(), "", "x".repeat(200)]) },
  ]);
  return post(endpoint, json(VALID[endpoint]!()), header as unknown as Record<string, string>);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(base: string, request: FuzzRequest): Promise<{ status: number; text: string }> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() })
        );
      }
    );
    // A request Node refuses to send (a header it cannot carry) is not the service's answer.
    outgoing.on("error", (error) => resolve({ status: -1, text: error.message }));
    outgoing.end(request.body);
  });
}

async function fuzz(
  app: TestApp,
  seed: number,
  credentials: (random: Random) => Record<string, string>
): Promise<Map<number, number>> {
  const random = seededRandom(seed);
  const requests = Array.from({ length: REQUESTS_PER_MODE }, () =>
    fuzzRequest(random, () => credentials(random))
  );
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let answered = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const { status, text } = await send(app.url, request);
        if (status === -1) continue;
        answered++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 || status === 0)
          failures.push(
            `${status} ${request.method} ${request.path.slice(0, 80)} → ${text.slice(0, 200)}`
          );
      }
    })
  );
  assert.ok(answered >= REQUESTS_PER_MODE * 0.98, `${answered} requests answered`);
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} answers ≥ 500`);
  const unhandled = app.logLines().filter((line) => /"level":50|unhandled/.test(line));
  assert.deepEqual(unhandled.slice(0, 3), []);
  // Not only refusals: valid requests with a hostile header, and some mutations, get through.
  assert.ok((statuses.get(200) ?? 0) > REQUESTS_PER_MODE * 0.05, JSON.stringify([...statuses]));
  return statuses;
}

describe("fuzzing every endpoint: 10,000+ requests, demo and live, never a 5xx (HTTP)", function () {
  this.timeout(120000);
  const limits = {
    RATE_LIMIT_ANONYMOUS: "1000000",
    RATE_LIMIT_MAILBOX: "1000000",
    LOG_LEVEL: "info",
  };

  it(`demo mode: ${REQUESTS_PER_MODE} requests, visitors' mailboxes included`, async () => {
    const app = await startTestApp(limits);
    const visitors = Array.from({ length: 8 }, () => randomUUID());
    try {
      // The page names its demo mailbox to the API by header, to the demo Graph as a bearer.
      await fuzz(app, 1311, (random): Record<string, string> => {
        if (random() >= 0.8) return {};
        const visitor = pick(random, visitors);
        return { "X-MailBridge-Visitor": visitor, Authorization: `Bearer ${visitor}` };
      });
    } finally {
      await app.close();
    }
  });

  it(`live mode: ${REQUESTS_PER_MODE} requests, Graph answering with broken bodies`, async () => {
    const simulators: Simulators = await startSimulators({
      faults: {
        rate: 0.08,
        seed: 5,
        kinds: ["empty", "truncated", "slowBody", "malformed", "throttle"],
        hangMs: 300,
        retryAfterSeconds: 0,
      },
    });
    const app = await startTestApp({ ...simulators.env, ...limits });
    try {
      const token = await simulators.identity.issueApiToken(MARIE);
      simulators.graph.resetStats();
      const expired = await simulators.identity.issueApiToken(MARIE, {
        exp: Math.floor(Date.now() / 1000) - 30,
      });
      await fuzz(app, 2417, (random): Record<string, string> => {
        const roll = random();
        if (roll < 0.7) return { Authorization: `Bearer ${token}` };
        if (roll < 0.8) return { Authorization: `bearer ${expired}` };
        return {};
      });
      assert.ok(
        simulators.graph.stats.faults >= 20,
        `${simulators.graph.stats.faults} Graph faults`
      );
    } finally {
      await app.close();
      await simulators.close();
    }
  });
});
