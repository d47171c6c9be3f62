import { isMicrosoft } from "../../providers/microsoft.js";
import type { DnsAnswer, SrvRecord } from "@contracts/connectivity.js";
import type { ProtocolInfo } from "@contracts/providers.js";
import { dnsName } from "../../dnsName.js";
import type { Check, FindingDraft } from "../check.js";

type Service = "imap" | "submission";

const offered = (
  entry: ProtocolInfo | undefined
): entry is ProtocolInfo & { host: string; port: number } =>
  entry !== undefined &&
  entry.status !== "blocked" &&
  !entry.unverified &&
  entry.host !== null &&
  entry.port !== null;

function judge(
  service: Service,
  name: string,
  answer: DnsAnswer<SrvRecord>,
  server: { host: string; port: number }
): FindingDraft[] {
  const record = `${name}. 3600 IN SRV 0 1 ${server.port} ${server.host}.`;
  if ("failure" in answer) {
    if (answer.failure !== "nxdomain" && answer.failure !== "nodata") return [];
    return [{ id: `srv.missing.${service}`, severity: "info", params: { name, record } }];
  }
  // Catalog host names are already lower case, without the trailing dot.
  if (
    answer.records.some(
      (entry) => dnsName(entry.name) === server.host && entry.port === server.port
    )
  )
    return [];
  // A target of "." (RFC 2782) says the service is not offered at all.
  const current = answer.records
    .map((entry) => (dnsName(entry.name) === "" ? "." : `${entry.port} ${entry.name}`))
    .join(", ");
  return [{ id: `srv.wrong.${service}`, severity: "warning", params: { name, current, record } }];
}

/**
 * RFC 6186 (and RFC 8314 for implicit TLS): mail apps may find a custom domain's IMAP and
 * submission servers from SRV records. Outlook does not use them (Autodiscover does that for
 * Microsoft domains), so they are checked for other providers: a missing record is a tip, a record
 * pointing elsewhere misleads apps.
 */
export const srvRecords: Check = ({ address, provider, evidence, dns }) => {
  if (!address || !provider || !dns || evidence?.by !== "mx") return [];
  if (isMicrosoft(provider)) return [];
  const imap = provider.protocols.find((entry) => entry.protocol === "imap");
  const smtp = provider.protocols.find((entry) => entry.protocol === "smtp");
  const findings: FindingDraft[] = [];
  if (offered(imap) && imap.security === "ssl")
    findings.push(...judge("imap", `_imaps._tcp.${address.domain}`, dns.imaps, imap));
  if (offered(smtp))
    findings.push(
      ...(smtp.security === "ssl"
        ? judge("submission", `_submissions._tcp.${address.domain}`, dns.submissions, smtp)
        : judge("submission", `_submission._tcp.${address.domain}`, dns.submission, smtp))
    );
  return findings;
};
