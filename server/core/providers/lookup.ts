// Maps an email address to its provider. Pure: the same address always gives the same answer.
import { domainToASCII } from "node:url";
import type { ProviderLookup, ProviderSummary } from "@contracts/providers.js";
import type { DnsAnswer, MxRecord, ProviderEvidence } from "@contracts/connectivity.js";
import { dnsName } from "../dnsName.js";
import { PROVIDERS, type MxPattern, type Provider } from "./catalog.js";

export class InvalidEmailError extends Error {}

export interface ParsedAddress {
  /** The address as given, trimmed, with the domain normalised. */
  email: string;
  localPart: string;
  /** Lower-case ASCII (punycode for IDN), without trailing dots. */
  domain: string;
}

export function parseEmail(input: string): ParsedAddress {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf("@");
  if (at < 1 || at === trimmed.length - 1)
    throw new InvalidEmailError("An email address looks like name@example.com.");
  const localPart = trimmed.slice(0, at);
  // SMTP's limit is 64 octets (RFC 5321, 4.5.3.1.1), of UTF-8 in an internationalised address
  // (RFC 6531): an accented letter takes two.
  if (Buffer.byteLength(localPart, "utf8") > 64)
    throw new InvalidEmailError("The part before @ is longer than 64 bytes.");
  if (/[\s<>()[\],;:"@]/.test(localPart)) {
    throw new InvalidEmailError(
      "The part before @ contains characters an email address cannot have."
    );
  }
  // domainToASCII also writes the name in lower case.
  const domain = domainToASCII(trimmed.slice(at + 1).replace(/\.+$/, ""));
  // Labels of 1 to 63 letters, digits or inner hyphens; the top-level one of 2 or more (punycode
  // "xn--p1ai" included). An invalid IDN comes back as "", which the pattern refuses too.
  if (
    !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/.test(
      domain
    )
  ) {
    throw new InvalidEmailError("The part after @ is not a valid domain name.");
  }
  return { email: `${localPart}@${domain}`, localPart, domain };
}

const OTHER: Provider = {
  id: "other",
  name: "Other provider",
  kind: "other",
  domains: [],
  domainSuffixes: [],
  webmail: null,
  mx: [],
  sources: [],
  protocols: [],
};

export function findProvider(domain: string): Provider {
  return (
    PROVIDERS.find((provider) => provider.domains.includes(domain)) ??
    PROVIDERS.find((provider) =>
      provider.domainSuffixes.some((suffix) => domain.endsWith(`.${suffix}`))
    ) ??
    OTHER
  );
}

/** What the API says of a provider: who it is and where its webmail is. */
export const providerSummary = (provider: Provider): ProviderSummary => ({
  id: provider.id,
  name: provider.name,
  kind: provider.kind,
  webmail: provider.webmail,
});

const matches = (host: string, pattern: MxPattern) =>
  host === pattern.suffix || host.endsWith(`.${pattern.suffix}`);

/**
 * The provider of the domain's preferred mail server: MX records are tried by priority, and within
 * one server name the most specific pattern wins.
 */
export function providerFromMx(
  records: readonly MxRecord[],
  providers: readonly Provider[] = PROVIDERS
): { provider: Provider; exchange: string; pattern: MxPattern } | null {
  const byPriority = [...records].sort((a, b) => a.priority - b.priority);
  for (const record of byPriority) {
    const exchange = dnsName(record.exchange);
    const candidates = providers
      .flatMap((provider) =>
        provider.mx
          .filter((pattern) => matches(exchange, pattern))
          .map((pattern) => ({ provider, pattern }))
      )
      .sort((a, b) => b.pattern.suffix.length - a.pattern.suffix.length);
    if (candidates[0]) return { ...candidates[0], exchange };
  }
  return null;
}

export interface ResolvedProvider {
  provider: Provider;
  evidence: ProviderEvidence;
}

/**
 * The provider of a domain: from the catalog when it knows the domain, otherwise from the domain's
 * MX records (`mx`: null when DNS was not asked).
 */
export function resolveProvider(domain: string, mx: DnsAnswer<MxRecord> | null): ResolvedProvider {
  const known = findProvider(domain);
  if (known !== OTHER || !mx)
    return { provider: known, evidence: { by: known === OTHER ? "none" : "catalog" } };
  if ("failure" in mx) return { provider: OTHER, evidence: { by: "none", dns: mx.failure } };
  if (mx.records.length === 0) return { provider: OTHER, evidence: { by: "none", dns: "no-mx" } };
  // RFC 7505: a single MX "." says the domain accepts no mail at all.
  if (mx.records.every((record) => dnsName(record.exchange) === ""))
    return { provider: OTHER, evidence: { by: "none", dns: "null-mx" } };
  const found = providerFromMx(mx.records);
  if (!found) {
    const preferred = [...mx.records].sort((a, b) => a.priority - b.priority)[0]!;
    return { provider: OTHER, evidence: { by: "none", exchange: dnsName(preferred.exchange) } };
  }
  return {
    provider: found.provider,
    evidence: { by: "mx", exchange: found.exchange, unverified: found.pattern.unverified === true },
  };
}

/** Throws InvalidEmailError for something that is not an email address. */
export function lookupProvider(
  email: string,
  mx: DnsAnswer<MxRecord> | null = null
): ProviderLookup {
  const address = parseEmail(email);
  const { provider, evidence } = resolveProvider(address.domain, mx);
  return {
    email: address.email,
    domain: address.domain,
    provider: providerSummary(provider),
    evidence,
    webmail: provider.webmail,
    protocols: provider.protocols,
  };
}
