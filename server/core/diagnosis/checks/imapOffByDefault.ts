import { isMicrosoft } from "../../providers/microsoft.js";
import type { Check } from "../check.js";

/**
 * Going beyond the guide: IMAP and POP are switched off by default on Outlook.com (POP on Gmail,
 * IMAP at some hosts such as Zoho),
 * so a third-party client fails with a misleading sign-in error until the user turns them on.
 */
export const imapOffByDefault: Check = ({ provider, answers }) => {
  if (!provider || !answers.wantsThirdPartyClient) return [];
  const off = provider.protocols.filter(
    (entry) =>
      (entry.protocol === "imap" || entry.protocol === "pop3") && entry.enabledByDefault === false
  );
  if (off.length === 0) return [];
  const family =
    provider.kind === "google" ? "google" : isMicrosoft(provider) ? "microsoft" : "other";
  return [
    {
      id: `protocolsOff.${family}`,
      severity: "warning",
      fixId: "enable-imap",
      ...(family === "other" ? { params: { provider: provider.name } } : {}),
    },
  ];
};
