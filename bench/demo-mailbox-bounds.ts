// A demo mailbox filled to its bounds by one visitor (200 rules, 300 folders — what the demo's
// simulated Graph accepts before answering "over quota"), then diagnosed 20 times at once: the time
// each diagnosis takes and the peak memory. Before demo writes were bounded, 10,000 rules made this
// 1.6 s and 2.8 GB.
//   npx tsx bench/demo-mailbox-bounds.ts
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { ApplyResponse } from "@contracts/ruleApply.js";
import type { Rule } from "@contracts/rules.js";
import { DEMO_MAILBOX_LIMITS } from "../server/demo.js";
import { startTestApp } from "../test/helpers/testApp.js";

const app = await startTestApp({ RATE_LIMIT_MAILBOX: "100000" });
const visitor = randomUUID();
const post = async <T>(path: string, body: unknown): Promise<T> => {
  const response = await fetch(`${app.url}/api${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-MailBridge-Visitor": visitor },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
};

// Applies of 100 rules, each rule with a folder of its own, until the mailbox refuses.
let created = 0;
let refused = 0;
for (let batch = 0; refused === 0 && batch < 10; batch++) {
  const rules: Rule[] = Array.from({ length: 100 }, (_, index) => ({
    name: `Règle ${batch}-${index}`,
    conditions: { subjectContains: [`sujet ${batch}-${index}`] },
    actions: { moveToFolder: ["Inbox", `Dossier ${batch}-${index}`] },
  }));
  const result = await post<ApplyResponse>("/rules/apply", { rules, dryRun: false });
  created += result.rules.filter((rule) => rule.status === "created").length;
  refused += result.rules.filter((rule) => rule.status === "failed").length;
}
console.log(
  `limits ${DEMO_MAILBOX_LIMITS.rules} rules / ${DEMO_MAILBOX_LIMITS.folders} folders: ${created} rules created, then refused`
);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const started = performance.now();
const times = await Promise.all(
  Array.from({ length: 20 }, async () => {
    const start = performance.now();
    await post("/mailbox/diagnose", { locale: "fr" });
    return performance.now() - start;
  })
);
clearInterval(sampler);
times.sort((a, b) => a - b);
console.log(
  `20 concurrent diagnoses: all done in ${(performance.now() - started).toFixed(0)} ms, ` +
    `median ${times[10]!.toFixed(0)} ms, slowest ${times[19]!.toFixed(0)} ms; ` +
    `peak RSS (service and simulator in this process) ${(peakRss / 1024 / 1024).toFixed(0)} MB`
);
await app.close();
