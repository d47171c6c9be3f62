// Autodiscover v2, asked the way classic Outlook asks it for an address: GET
// /autodiscover/autodiscover.json/v1.0/<address>?Protocol=AutodiscoverV1, without following
// redirects. Exchange Online answers a mailbox it hosts (Microsoft 365 or Outlook.com) with
// {"Protocol":"AutodiscoverV1","Url":"https://outlook.office365.com/autodiscover/autodiscover.xml"};
// for an address it does not host it redirects (302) to its own autodiscover.json with the address
// in the query, and a hybrid organisation's redirect leads to its own Exchange server.
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { OutlookDiscoveryResult } from "@contracts/connectivity.js";

export interface OutlookDiscovery {
  result: OutlookDiscoveryResult;
  url: string | null;
}

const answer = z.object({ Protocol: z.string(), Url: z.url({ protocol: /^https$/ }) });

/** Exchange Online's own hosts: a redirect there is Microsoft saying "not one of my mailboxes". */
const MICROSOFT_HOSTS = /(^|\.)(outlook\.com|office365\.com|office\.com)$/i;

export class AutodiscoverClient {
  private readonly cache: LRUCache<string, OutlookDiscovery>;

  constructor(
    private readonly baseUrl: string,
    options: { timeoutMs?: number; maxAddresses?: number } = {}
  ) {
    const timeoutMs = options.timeoutMs ?? 8000;
    this.cache = new LRUCache<string, OutlookDiscovery>({
      max: options.maxAddresses ?? 1000,
      // One question per address at a time; answers kept 5 minutes, failures 30 seconds.
      fetchMethod: async (email, _stale, { options: entry }) => {
        const found = await this.ask(email, timeoutMs);
        entry.ttl = found.result === "unreachable" ? 30_000 : 5 * 60_000;
        return found;
      },
    });
  }

  /** `email`: a valid address (parseEmail's form). */
  async discover(email: string): Promise<OutlookDiscovery> {
    const found = await this.cache.fetch(email.toLowerCase());
    return found ?? { result: "unreachable", url: null };
  }

  private async ask(email: string, timeoutMs: number): Promise<OutlookDiscovery> {
    // Outlook writes the address as it is in the path ("@" included).
    const address = encodeURIComponent(email).replace(/%40/g, "@");
    const url = `${this.baseUrl}/autodiscover/autodiscover.json/v1.0/${address}?Protocol=AutodiscoverV1`;
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: "manual",
        headers: { Accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return { result: "unreachable", url: null };
    }
    if (response.status === 200) {
      const parsed = answer.safeParse(await response.json().catch(() => null));
      return parsed.success
        ? { result: "exchange", url: parsed.data.Url }
        : { result: "unreachable", url: null };
    }
    const location = response.headers.get("location");
    if ((response.status === 301 || response.status === 302) && location) {
      let target: URL;
      try {
        target = new URL(location, url);
      } catch {
        return { result: "unreachable", url: null };
      }
      const toMicrosoft =
        MICROSOFT_HOSTS.test(target.hostname) || target.origin === new URL(this.baseUrl).origin;
      return toMicrosoft
        ? { result: "not-found", url: null }
        : { result: "elsewhere", url: `${target.origin}${target.pathname}` };
    }
    return { result: "unreachable", url: null };
  }
}
