// What a check sees, built the way a test reads best: the real catalog's providers, the realistic
// snapshots, and DNS facts with nothing published unless a test says so.
import assert from "node:assert/strict";
import type { DomainDns } from "@contracts/connectivity.js";
import type { ProtocolInfo } from "@contracts/providers.js";
import type { CheckContext } from "../../../../../server/core/diagnosis/check.js";
import { PROVIDERS, type Provider } from "../../../../../server/core/providers/catalog.js";
import { parseEmail } from "../../../../../server/core/providers/lookup.js";
import { standalone } from "../../../../fixtures/snapshots.js";

/** A provider of the catalog, by id. */
export function catalogProvider(id: string): Provider {
  const found = PROVIDERS.find((provider) => provider.id === id);
  assert.ok(found, `no provider ${id} in the catalog`);
  return found;
}

/** A catalog provider with some of its protocol entries changed (a case the catalog lacks). */
export function withProtocols(
  id: string,
  change: Partial<Record<ProtocolInfo["protocol"], Partial<ProtocolInfo> | null>>
): Provider {
  const provider = catalogProvider(id);
  return {
    ...provider,
    protocols: provider.protocols.flatMap((entry) => {
      const changed = change[entry.protocol];
      if (changed === null) return [];
      return [{ ...entry, ...changed }];
    }),
  };
}

/** Standalone, no address, no provider, no DNS: the facts before anything is known. */
export const facts = (overrides: Partial<CheckContext> = {}): CheckContext => ({
  snapshot: standalone,
  answers: {},
  host: "standalone",
  address: null,
  provider: null,
  evidence: null,
  dns: null,
  ...overrides,
});

/**
 * A custom domain whose MX record names a server of `provider` (one of its catalog MX names), with
 * its DNS facts.
 */
export const customDomain = (
  email: string,
  provider: Provider,
  dns: Partial<Omit<DomainDns, "domain">> = {}
): CheckContext => {
  const address = parseEmail(email);
  const pattern = provider.mx[0];
  assert.ok(pattern, `${provider.id} has no MX name in the catalog`);
  return facts({
    address,
    provider,
    evidence: {
      by: "mx",
      exchange: `mx1.${pattern.suffix}`,
      unverified: pattern.unverified === true,
    },
    dns: domainDns(address.domain, dns),
  });
};

/** DNS facts of a domain: every name absent (NXDOMAIN) unless given. */
export const domainDns = (
  domain: string,
  answers: Partial<Omit<DomainDns, "domain">> = {}
): DomainDns => ({
  domain,
  mx: { records: [] },
  autodiscover: { failure: "nxdomain" },
  imaps: { failure: "nxdomain" },
  submission: { failure: "nxdomain" },
  submissions: { failure: "nxdomain" },
  ...answers,
});
