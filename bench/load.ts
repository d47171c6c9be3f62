// Load on the built service with autocannon: requests a second, p50 and p99 latency for the provider
// lookup, the diagnosis, rule compilation and the live mailbox diagnosis (500 distinct users, Graph
// 20 ms away), at 50 and 500 connections, alone and with hostile traffic mixed in, for one instance
// and for two instances behind nginx sharing Redis. Then the lookup while two clients send the
// largest valid rule set to compile. Needs `npm run build` (and redis-server, nginx: see
// scripts/ensure-test-tools.sh).
//   npx tsx bench/load.ts            (BENCH_SECONDS=8 per run by default)
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon, { type Request, type Result } from "autocannon";
import { largestCompileBody } from "../test/fixtures/largestCompile.js";
import * as snapshots from "../test/fixtures/snapshots.js";
import { deploy, PUBLIC_HOST, type Deployment } from "./lib/deployment.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const USERS = 500;
const GRAPH_LATENCY_MS = 20;

// Callers: legitimate users from many addresses, hostile traffic from a few dozen (a small botnet).
// The service trusts X-Forwarded-For from loopback, where this bench runs, as it would from a proxy.
const legitimate = (index: number) => `198.51.${Math.floor(index / 250) % 250}.${index % 250}`;
const hostile = (index: number) => `203.0.113.${index % 50}`;
let counter = 0;
const json = { "Content-Type": "application/json" };

interface Scenario {
  name: string;
  request: Request;
}

const withCaller = (request: Request, address: (index: number) => string): Request => ({
  ...request,
  setupRequest: (outgoing: Request) => ({
    ...outgoing,
    headers: { ...outgoing.headers, "X-Forwarded-For": address(counter++) },
  }),
});

function scenarios(tokens: string[]): Scenario[] {
  return [
    {
      name: "lookup",
      request: { method: "GET", path: "/api/providers/lookup?email=marie.dupont%40orange.fr" },
    },
    {
      name: "diagnose",
      request: {
        method: "POST",
        path: "/api/diagnose",
        headers: json,
        body: JSON.stringify({
          snapshot: snapshots.classicWindowsOutlookCom,
          answers: { usedPop3: true },
          locale: "fr",
        }),
      },
    },
    {
      name: "compile",
      request: {
        method: "POST",
        path: "/api/rules/compile",
        headers: json,
        body: JSON.stringify({
          rules: [
            {
              name: "Gmail → Boîte/Gmail",
              conditions: { sentToAddresses: ["marie@gmail.com"] },
              actions: { moveToFolder: ["Inbox", "Gmail"], assignCategories: ["Gmail"] },
            },
            {
              name: "Factures",
              conditions: { subjectContains: ["facture"] },
              actions: { copyToFolder: ["Archives", "2024"] },
            },
          ],
          locale: "fr",
        }),
      },
    },
    {
      name: `mailbox (${tokens.length} users)`,
      request: {
        method: "POST",
        path: "/api/mailbox/diagnose",
        headers: json,
        body: '{"locale":"fr"}',
        setupRequest: (outgoing: Request) => ({
          ...outgoing,
          headers: {
            ...outgoing.headers,
            Authorization: `Bearer ${tokens[counter++ % tokens.length]}`,
            "X-Forwarded-For": legitimate(counter),
          },
        }),
      },
    },
  ];
}

/**
 * What an attacker sends, from 50 addresses: oversized and broken bodies, forged tokens, junk paths.
 * A fixed list (no per-request function), so that it can run on a worker thread of its own.
 */
const HOSTILE_KINDS = [
  { method: "POST", path: "/api/diagnose", headers: json, body: "[".repeat(1024 * 1024) },
  {
    method: "POST",
    path: "/api/rules/compile",
    headers: json,
    body: `{"rules":[${"{".repeat(50_000)}`,
  },
  {
    method: "POST",
    path: "/api/diagnose",
    headers: { ...json, "Content-Encoding": "gzip" },
    body: "{}",
  },
  {
    method: "POST",
    path: "/api/mailbox/diagnose",
    headers: { ...json, Authorization: `Bearer eyJhbGciOiJSUzI1NiJ9.e30.${"A".repeat(342)}` },
    body: "{}",
  },
  { method: "GET", path: `/api/providers/lookup?email=${"%ED%A0%80".repeat(100)}` },
  { method: "GET", path: "/wp-login.php" },
] satisfies Request[];
const HOSTILE: Request[] = Array.from({ length: 50 }, (_, index) => {
  const kind = HOSTILE_KINDS[index % HOSTILE_KINDS.length]!;
  return { ...kind, headers: { ...kind.headers, "X-Forwarded-For": hostile(index) } };
});

interface Row {
  deployment: string;
  scenario: string;
  connections: number;
  mix: "alone" | "hostile";
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Non-2xx answers by status, e.g. "413×120 429×40". */
  refused: string;
  errors: number;
}

const rows: Row[] = [];

/**
 * One autocannon run. The load measured runs on this thread; background load (hostile traffic, the
 * largest compilations) on a worker thread, so that reading its large answers does not delay the
 * measurements.
 */
async function run(
  url: string,
  connections: number,
  requests: Request[],
  background = false
): Promise<Result> {
  return autocannon({
    url,
    connections,
    duration: SECONDS,
    timeout: 30,
    headers: { Host: new URL(url).hostname === "127.0.0.1" ? PUBLIC_HOST : new URL(url).host },
    requests,
    ...(background ? { workers: 1 } : {}),
  });
}

function record(
  deployment: Deployment,
  scenario: string,
  connections: number,
  mix: Row["mix"],
  result: Result
) {
  const row: Row = {
    deployment: deployment.label,
    scenario,
    connections,
    mix,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    refused: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, { count }]) => `${status}×${count ?? 0}`)
      .join(" "),
    errors: result.errors + result.timeouts,
  };
  rows.push(row);
  console.log(
    `${row.deployment.padEnd(28)} ${row.scenario.padEnd(20)} ${String(connections).padStart(4)} conn ${mix.padEnd(8)}` +
      ` ${String(row.rps).padStart(6)} req/s  p50 ${String(row.p50).padStart(5)} ms  p99 ${String(row.p99).padStart(5)} ms` +
      `  non-2xx ${row.non2xx}${row.refused ? ` (${row.refused})` : ""}  errors ${row.errors}`
  );
}

async function startSimulators(): Promise<{
  env: Record<string, string>;
  tokens: string[];
  stop(): void;
}> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "bench/lib/liveSimulators.ts", String(USERS), String(GRAPH_LATENCY_MS)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    }
  );
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once("line", resolve)
  );
  const { env, tokens } = JSON.parse(line) as { env: Record<string, string>; tokens: string[] };
  return { env, tokens, stop: () => child.stdin!.end() };
}

const simulators = await startSimulators();
const limits = { RATE_LIMIT_MAILBOX: "600" };
try {
  for (const instances of [1, 2] as const) {
    const deployment = await deploy(instances, { ...simulators.env, ...limits });
    try {
      for (const scenario of scenarios(simulators.tokens)) {
        for (const connections of [50, 500]) {
          const request = scenario.request.setupRequest
            ? scenario.request
            : withCaller(scenario.request, legitimate);
          record(
            deployment,
            scenario.name,
            connections,
            "alone",
            await run(deployment.url, connections, [request])
          );
          const [measured] = await Promise.all([
            run(deployment.url, connections, [request]),
            run(deployment.url, 50, HOSTILE, true),
          ]);
          record(deployment, scenario.name, connections, "hostile", measured);
        }
      }
      // The lookup while two clients keep sending the largest valid rule set (~900 KB) to compile.
      const body = largestCompileBody();
      const largest: Request[] = [0, 1].map((index) => ({
        method: "POST",
        path: "/api/rules/compile",
        headers: { ...json, "X-Forwarded-For": `192.0.2.${index}` },
        body,
      }));
      const lookup = withCaller(scenarios([])[0]!.request, legitimate);
      const [during, compiling] = await Promise.all([
        run(deployment.url, 50, [lookup]),
        run(deployment.url, 2, largest, true),
      ]);
      record(deployment, "lookup, 2× largest compile", 50, "alone", during);
      record(deployment, "largest compile (2 clients)", 2, "alone", compiling);
    } finally {
      await deployment.close();
    }
  }
} finally {
  simulators.stop();
}

const find = (deployment: string, scenario: string, connections: number, mix: Row["mix"]) =>
  rows.find(
    (row) =>
      row.deployment === deployment &&
      row.scenario.startsWith(scenario) &&
      row.connections === connections &&
      row.mix === mix
  );
console.log("\nGoals (this machine, 2 cores shared):");
for (const deployment of new Set(rows.map((row) => row.deployment))) {
  const goals: [string, Row | undefined, number][] = [
    [
      "mailbox diagnosis p99 ≤ 500 ms, 500 users, 500 connections",
      find(deployment, "mailbox", 500, "alone"),
      500,
    ],
    [
      "lookup p99 ≤ 50 ms at 50 connections, hostile mix",
      find(deployment, "lookup", 50, "hostile"),
      50,
    ],
    [
      "lookup p99 < 50 ms at 50 connections, 2× largest compile",
      find(deployment, "lookup, 2×", 50, "alone"),
      50,
    ],
  ];
  for (const [goal, row, bound] of goals)
    console.log(
      `  ${deployment}: ${goal}: ${row ? `${row.p99} ms — ${row.p99 <= bound ? "met" : "MISSED"}` : "not measured"}`
    );
}
