import type { Check, FindingDraft } from "../check.js";
import type { Severity } from "@contracts/diagnosis.js";

/** What DNS said about the domain's mail servers when it could not name a provider. */
const FINDINGS: Record<string, [id: string, severity: Severity]> = {
  timeout: ["dns.timeout", "warning"],
  servfail: ["dns.servfail", "warning"],
  nxdomain: ["dns.nxdomain", "error"],
  nodata: ["dns.noMx", "warning"],
  "no-mx": ["dns.noMx", "warning"],
  "null-mx": ["dns.nullMx", "warning"],
  refused: ["dns.unavailable", "info"],
  unreachable: ["dns.unavailable", "info"],
};

/** A domain whose MX lookup failed: no answer in time, broken DNS, no such domain, no MX. */
export const dnsProblem: Check = ({ address, evidence }): FindingDraft[] => {
  if (!address || evidence?.by !== "none" || !evidence.dns) return [];
  const [id, severity] = FINDINGS[evidence.dns]!;
  return [{ id, severity, params: { domain: address.domain } }];
};
