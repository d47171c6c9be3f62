// DNS questions about mail domains, asked with Node's resolver (c-ares) to the configured servers.
// Every failure becomes one of a few causes a person can act on; nothing here throws.
import { promises as dns } from "node:dns";
import type { DnsAnswer, DnsFailure, MxRecord, SrvRecord } from "@contracts/connectivity.js";

export interface DnsResolver {
  mx(domain: string): Promise<DnsAnswer<MxRecord>>;
  cname(name: string): Promise<DnsAnswer<string>>;
  srv(name: string): Promise<DnsAnswer<SrvRecord>>;
}

/** c-ares error codes (dns.TIMEOUT, …) as the causes the service reports. */
const FAILURES: Record<string, DnsFailure> = {
  ETIMEOUT: "timeout",
  ESERVFAIL: "servfail",
  ENOTFOUND: "nxdomain",
  ENODATA: "nodata",
  EREFUSED: "refused",
};

const failureOf = (error: unknown): DnsFailure =>
  FAILURES[(error as { code?: string } | null)?.code ?? ""] ?? "unreachable";

async function ask<T>(question: () => Promise<T[]>): Promise<DnsAnswer<T>> {
  try {
    return { records: await question() };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}

export function createDnsResolver(options: {
  servers: string[] | null;
  timeoutMs: number;
}): DnsResolver {
  // Two tries: one lost UDP packet is not a "timeout" finding; a dead server still answers within 2 × timeout.
  const resolver = new dns.Resolver({ timeout: options.timeoutMs, tries: 2 });
  if (options.servers) resolver.setServers(options.servers);
  return {
    mx: (domain) => ask(() => resolver.resolveMx(domain)),
    cname: (name) => ask(() => resolver.resolveCname(name)),
    srv: (name) => ask(() => resolver.resolveSrv(name)),
  };
}
