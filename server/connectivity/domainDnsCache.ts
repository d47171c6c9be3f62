// The DNS facts of mail domains, looked up once per domain at a time and kept for a while: API
// calls cannot make the service ask DNS servers more than once per domain and period (no resolver
// amplification), and the memory they take is bounded. Failures are kept briefly so a broken domain
// is not asked again on every click, but a passing glitch heals quickly.
import { LRUCache } from "lru-cache";
import type { DnsAnswer, DomainDns } from "@contracts/connectivity.js";
import type { DnsResolver } from "./dnsResolver.js";

/** How long an answer is kept. Node's resolver does not give MX/SRV/CNAME TTLs, so these are fixed. */
export const CACHE_MS = {
  /** Records found. */
  answer: 10 * 60_000,
  /** The name or record does not exist: the domain's owner may be fixing it right now. */
  missing: 2 * 60_000,
  /** Timeout, SERVFAIL, refused, unreachable: probably passing. */
  failure: 30_000,
};

const keepFor = (answer: DnsAnswer<unknown>): number =>
  "records" in answer
    ? CACHE_MS.answer
    : answer.failure === "nxdomain" || answer.failure === "nodata"
      ? CACHE_MS.missing
      : CACHE_MS.failure;

export class DomainDnsCache {
  private readonly cache: LRUCache<string, DomainDns>;

  constructor(
    private readonly resolver: DnsResolver,
    options: { maxDomains?: number } = {}
  ) {
    this.cache = new LRUCache<string, DomainDns>({
      max: options.maxDomains ?? 2000,
      // lru-cache runs one fetch per key at a time: concurrent callers share its promise.
      fetchMethod: async (domain, _stale, { options: entry }) => {
        const facts = await this.lookUp(domain);
        entry.ttl = Math.min(
          ...[facts.mx, facts.autodiscover, facts.imaps, facts.submission, facts.submissions].map(
            keepFor
          )
        );
        return facts;
      },
    });
  }

  /** `domain`: lower-case ASCII, as parseEmail gives it. */
  async facts(domain: string): Promise<DomainDns> {
    const facts = await this.cache.fetch(domain);
    if (!facts) throw new Error(`no DNS facts for ${domain}`);
    return facts;
  }

  private async lookUp(domain: string): Promise<DomainDns> {
    const [mx, autodiscover, imaps, submission, submissions] = await Promise.all([
      this.resolver.mx(domain),
      this.resolver.cname(`autodiscover.${domain}`),
      this.resolver.srv(`_imaps._tcp.${domain}`),
      this.resolver.srv(`_submission._tcp.${domain}`),
      this.resolver.srv(`_submissions._tcp.${domain}`),
    ]);
    return { domain, mx, autodiscover, imaps, submission, submissions };
  }
}
