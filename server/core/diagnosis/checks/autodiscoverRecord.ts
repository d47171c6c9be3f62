import { isMicrosoft } from "../../providers/microsoft.js";
import { dnsName } from "../../dnsName.js";
import type { Check } from "../check.js";

/** Where Microsoft tells Microsoft 365 (and Outlook.com) domains to point autodiscover.<domain>. */
export const AUTODISCOVER_TARGET = "autodiscover.outlook.com";

/**
 * A custom domain at Microsoft: Outlook finds the mailbox through autodiscover.<domain>, which must
 * be a CNAME to autodiscover.outlook.com. Missing or pointing elsewhere, "Add account" may not
 * find Exchange; the finding gives the exact record to publish.
 */
export const autodiscoverRecord: Check = ({ address, provider, evidence, dns }) => {
  if (!address || !dns || evidence?.by !== "mx") return [];
  if (!isMicrosoft(provider)) return [];
  const name = `autodiscover.${address.domain}`;
  const record = `${name}. 3600 IN CNAME ${AUTODISCOVER_TARGET}.`;
  const answer = dns.autodiscover;
  if ("records" in answer) {
    if (answer.records.some((target) => dnsName(target) === AUTODISCOVER_TARGET))
      return [{ id: "autodiscover.ok", severity: "ok", params: { name } }];
    return [
      {
        id: "autodiscover.wrong",
        severity: "warning",
        params: { name, current: answer.records.join(", "), record },
      },
    ];
  }
  if (answer.failure === "nxdomain" || answer.failure === "nodata")
    return [{ id: "autodiscover.missing", severity: "warning", params: { name, record } }];
  return [{ id: "autodiscover.unchecked", severity: "info", params: { name } }];
};
