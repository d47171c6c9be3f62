import type { Check } from "../check.js";

/** Says which provider the address belongs to, or asks for the address when we have none. */
export const addressKnown: Check = ({ address, provider }) => {
  if (!address || !provider) return [{ id: "addressMissing", severity: "info" }];
  if (provider.kind === "other")
    return [{ id: "providerUnknown", severity: "info", params: { domain: address.domain } }];
  return [
    {
      id: "providerKnown",
      severity: "info",
      params: { provider: provider.name, domain: address.domain },
    },
  ];
};
