// Connectivity checks against real servers on this machine:
//   npx tsx bench/connectivity.ts
// Prints: DNS facts of 200 custom domains from dnsmasq, cold then from the cache; 100 simultaneous
// requests for one domain and the queries dnsmasq received; then 10 IMAP sign-in tests through the
// API (token validation, On-Behalf-Of at the identity simulator, XOAUTH2 to dovecot, logout).
import { performance } from "node:perf_hooks";
import { createDnsResolver } from "../server/connectivity/dnsResolver.js";
import { DomainDnsCache } from "../server/connectivity/domainDnsCache.js";
import { IMAP_SCOPES } from "../server/auth/graphTokenProvider.js";
import { startDnsServer } from "../test/helpers/dnsServer.js";
import { startImapServer } from "../test/helpers/imapServer.js";
import { MARIE, startSimulators } from "../test/helpers/liveStack.js";
import { startTestApp } from "../test/helpers/testApp.js";

const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;
const domains = Array.from({ length: 200 }, (_, index) => `shop-${index}.test`);

const dns = await startDnsServer({
  mx: Object.fromEntries(domains.map((domain) => [domain, [["mx1.mail.ovh.net", 5]]])),
});
try {
  const cache = new DomainDnsCache(createDnsResolver({ servers: [dns.address], timeoutMs: 1000 }));
  let start = performance.now();
  await Promise.all(domains.map((domain) => cache.facts(domain)));
  console.log(`DNS facts, 200 domains × 5 questions, cold:   ${ms(start)}`);
  start = performance.now();
  await Promise.all(domains.map((domain) => cache.facts(domain)));
  console.log(`DNS facts, 200 domains, from the cache:        ${ms(start)}`);
  const before = dns.queries().length;
  const fresh = new DomainDnsCache(createDnsResolver({ servers: [dns.address], timeoutMs: 1000 }));
  start = performance.now();
  await Promise.all(Array.from({ length: 100 }, () => fresh.facts("shop-0.test")));
  console.log(
    `100 simultaneous requests for one domain:      ${ms(start)}, ${dns.queries().length - before} DNS queries`
  );
} finally {
  await dns.stop();
}

const simulators = await startSimulators();
simulators.identity.consents.grant(MARIE.oid, IMAP_SCOPES);
const imap = await startImapServer({
  introspectionUrl: `${simulators.identity.baseUrl}/simulator/introspect`,
});
const app = await startTestApp({ ...simulators.env, ...imap.env, LOG_LEVEL: "silent" });
try {
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    const token = await simulators.identity.issueApiToken(MARIE);
    const start = performance.now();
    const response = await fetch(`${app.url}/api/connectivity/imap-test`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: "{}",
    });
    const { result } = (await response.json()) as { result: string };
    if (result !== "works") throw new Error(`IMAP test said ${result}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `IMAP sign-in test, 10 rounds: median ${times[5]!.toFixed(0)} ms, max ${times[9]!.toFixed(0)} ms`
  );
} finally {
  await app.close();
  await imap.stop();
  await simulators.close();
}
