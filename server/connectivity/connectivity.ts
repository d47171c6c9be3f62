// The connectivity services of one running app, built from its configuration: DNS facts of custom
// domains (shared by provider lookup, autoconfig and the diagnosis).
import type { ConnectivityConfig } from "./connectivityConfig.js";
import { createDnsResolver } from "./dnsResolver.js";
import { DomainDnsCache } from "./domainDnsCache.js";
import { CustomDomainDns } from "./customDomainDns.js";

export interface Connectivity {
  domains: CustomDomainDns;
}

export function createConnectivity(config: ConnectivityConfig): Connectivity {
  const resolver = createDnsResolver({
    servers: config.dnsServers,
    timeoutMs: config.dnsTimeoutMs,
  });
  return { domains: new CustomDomainDns(new DomainDnsCache(resolver)) };
}
