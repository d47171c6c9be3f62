// The connectivity services of one running app, built from its configuration: DNS facts of custom
// domains (shared by provider lookup, autoconfig and the diagnosis), Autodiscover v2, and the IMAP
// sign-in test.
import type { Config } from "../config.js";
import { createDnsResolver } from "./dnsResolver.js";
import { DomainDnsCache } from "./domainDnsCache.js";
import { CustomDomainDns } from "./customDomainDns.js";
import { AutodiscoverClient } from "./autodiscover.js";
import { ImapTest } from "./imapTest.js";

export interface Connectivity {
  domains: CustomDomainDns;
  autodiscover: AutodiscoverClient;
  imapTest: ImapTest;
}

export function createConnectivity(config: Config): Connectivity {
  const { dnsServers, dnsTimeoutMs, autodiscoverBaseUrl } = config.connectivity;
  const resolver = createDnsResolver({ servers: dnsServers, timeoutMs: dnsTimeoutMs });
  return {
    domains: new CustomDomainDns(new DomainDnsCache(resolver)),
    autodiscover: new AutodiscoverClient(autodiscoverBaseUrl),
    imapTest: new ImapTest(config),
  };
}
