// The DNS facts the service needs for an address: asked only for domains the catalog does not know
// (custom domains such as contact@boulangerie-dupont.fr), never for @hotmail.fr or @gmail.com.
import type { DomainDns } from "@contracts/connectivity.js";
import { findProvider, parseEmail } from "../core/providers/lookup.js";
import type { DomainDnsCache } from "./domainDnsCache.js";

export class CustomDomainDns {
  constructor(private readonly cache: DomainDnsCache) {}

  /** null when the catalog knows the domain. `domain`: as parseEmail gives it. */
  forDomain(domain: string): Promise<DomainDns | null> {
    return findProvider(domain).kind === "other" ? this.cache.facts(domain) : Promise.resolve(null);
  }

  /** Throws InvalidEmailError for something that is not an email address. */
  forAddress(email: string): Promise<DomainDns | null> {
    return this.forDomain(parseEmail(email).domain);
  }
}
