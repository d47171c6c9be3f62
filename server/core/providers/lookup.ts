// Maps an email address to its provider. Pure: the same address always gives the same answer.
import { domainToASCII } from "node:url";
import type { ProviderLookup, ProviderSummary } from "@contracts/providers.js";
import { PROVIDERS, type Provider } from "./catalog.js";

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
  if (localPart.length > 64 || /[\s<>()[\],;:"@]/.test(localPart)) {
    throw new InvalidEmailError(
      "The part before @ contains characters an email address cannot have."
    );
  }
  const domain = domainToASCII(
    trimmed
      .slice(at + 1)
      .replace(/\.+$/, "")
      .toLowerCase()
  );
  if (
    !domain ||
    !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(domain)
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

export function lookupProvider(email: string): ProviderLookup {
  const address = parseEmail(email);
  const provider = findProvider(address.domain);
  return {
    email: address.email,
    domain: address.domain,
    provider: providerSummary(provider),
    webmail: provider.webmail,
    protocols: provider.protocols,
  };
}
