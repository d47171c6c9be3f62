// The connectivity services of one running app, built from its configuration: DNS facts of custom
// domains (shared by provider lookup, autoconfig and the diagnosis), and Autodiscover v2.
import type { ConnectivityConfig } from "./connectivityConfig.js";
import { createDnsResolver } from "./dnsResolver.js";
import { DomainDnsCache } from "./domainDnsCache.js";
import { CustomDomainDns } from "./customDomainDns.js";
import { AutodiscoverClient } from "./autodiscover.js";

export interface Connectivity {
  domains: CustomDomainDns;
  autodiscover: AutodiscoverClient;
}

export function createConnectivity(config: ConnectivityConfig): Connectivity {
  const resolver = createDnsResolver({
    servers: config.dnsServers,
    timeoutMs: config.dnsTimeoutMs,
  });
  return {
    domains: new CustomDomainDns(new DomainDnsCache(resolver)),
    autodiscover: new AutodiscoverClient(config.autodiscoverBaseUrl),
  };
}
