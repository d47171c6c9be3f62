import type { Check } from "../check.js";

/**
 * Says which provider the address belongs to and how we know (the catalog, or the domain's MX
 * record), or asks for the address when we have none. When DNS could not tell, dnsProblem explains.
 */
export const addressKnown: Check = ({ address, provider, evidence }) => {
  if (!address || !provider) return [{ id: "addressMissing", severity: "info" }];
  if (evidence?.by === "mx")
    return [
      {
        id: evidence.unverified ? "providerFromDnsUnverified" : "providerFromDns",
        severity: "info",
        params: { provider: provider.name, domain: address.domain, mx: evidence.exchange },
      },
    ];
  if (provider.kind !== "other")
    return [
      {
        id: "providerKnown",
        severity: "info",
        params: { provider: provider.name, domain: address.domain },
      },
    ];
  if (evidence?.by === "none" && evidence.dns) return [];
  if (evidence?.by === "none" && evidence.exchange)
    return [
      {
        id: "providerUnknownMx",
        severity: "info",
        params: { domain: address.domain, mx: evidence.exchange },
      },
    ];
  return [{ id: "providerUnknown", severity: "info", params: { domain: address.domain } }];
};
