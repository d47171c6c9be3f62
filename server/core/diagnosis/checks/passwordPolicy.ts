import type { Check } from "../check.js";
import { isMicrosoft } from "../../providers/microsoft.js";

/** For providers other than Microsoft: can a mail app still sign in with the normal password? */
export const passwordPolicy: Check = ({ provider }) => {
  if (!provider || isMicrosoft(provider) || provider.kind === "other") return [];
  const imap = provider.protocols.find((entry) => entry.protocol === "imap");
  if (!imap) return [];
  if (imap.unverified)
    return [
      { id: "passwordPolicy.unverified", severity: "info", params: { provider: provider.name } },
    ];
  return [
    {
      id: `passwordPolicy.${imap.status}`,
      severity: imap.status === "allowed" ? "ok" : "info",
      params: { provider: provider.name },
    },
  ];
};
