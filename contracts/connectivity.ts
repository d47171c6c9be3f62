// What MailBridge learns about a domain from DNS, and the connectivity checks built on it: the
// provider behind a custom domain (MX), the records that let mail apps find their servers
// (autodiscover CNAME, RFC 6186 SRV), what classic Outlook is told by Autodiscover, and the IMAP
// sign-in test.
import type { Finding } from "./diagnosis.js";
import type { Locale } from "./locales.js";

/** Why a DNS question got no usable answer: no answer in time, the domain's DNS is broken (SERVFAIL), the name does not exist (NXDOMAIN), the name exists without that record, the resolver refused, or it could not be reached. */
export type DnsFailure = "timeout" | "servfail" | "nxdomain" | "nodata" | "refused" | "unreachable";

export type DnsAnswer<T> = { records: T[] } | { failure: DnsFailure };

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

/** The DNS facts of one mail domain, as looked up once (and cached) by the service. */
export interface DomainDns {
  domain: string;
  mx: DnsAnswer<MxRecord>;
  /** CNAME of autodiscover.<domain>. */
  autodiscover: DnsAnswer<string>;
  /** RFC 6186: _imaps._tcp.<domain> (IMAP over TLS). */
  imaps: DnsAnswer<SrvRecord>;
  /** RFC 6186: _submission._tcp.<domain> (SMTP submission, STARTTLS). */
  submission: DnsAnswer<SrvRecord>;
  /** RFC 8314: _submissions._tcp.<domain> (SMTP submission over TLS). */
  submissions: DnsAnswer<SrvRecord>;
}

/**
 * How the provider of an address was found: its domain is in MailBridge's catalog, or the domain's
 * MX record names the provider's servers (`exchange`), or neither (`dns` says why DNS could not tell).
 */
export type ProviderEvidence =
  | { by: "catalog" }
  | { by: "mx"; exchange: string; unverified: boolean }
  | { by: "none"; exchange?: string; dns?: DnsFailure | "no-mx" | "null-mx" };

/** POST /api/connectivity/outlook: what classic Outlook's Autodiscover (v2) says for an address. */
export interface OutlookDiscoveryRequest {
  email: string;
  locale?: Locale;
}

/**
 * exchange: Outlook is sent to an Exchange Online endpoint (Outlook.com or Microsoft 365), so "Add
 * account" sets it up as Exchange · elsewhere: Autodiscover redirects to another server (on-premises
 * Exchange) · not-found: Microsoft knows no mailbox for it, so Outlook falls back to IMAP/POP ·
 * unreachable: the service could not ask Microsoft.
 */
export type OutlookDiscoveryResult = "exchange" | "elsewhere" | "not-found" | "unreachable";

export interface OutlookDiscoveryResponse {
  locale: Locale;
  email: string;
  result: OutlookDiscoveryResult;
  /** The Autodiscover (v1) URL Outlook is given, or where it is redirected. */
  url: string | null;
  finding: Finding;
}

/** POST /api/connectivity/imap-test (live mode, signed in): signs in to IMAP with OAuth2 and logs out. */
export interface ImapTestRequest {
  locale?: Locale;
}

/**
 * works: signed in · imap-off: the sign-in was accepted but the mailbox refuses IMAP (Outlook.com
 * answers "User is authenticated but not connected" when IMAP is switched off) · refused: the server
 * refused the sign-in · unreachable: the server could not be reached.
 */
export type ImapTestResult = "works" | "imap-off" | "refused" | "unreachable";

export interface ImapTestResponse {
  locale: Locale;
  /** The address the test signed in as (from the sign-in, never from the request). */
  email: string;
  server: string;
  result: ImapTestResult;
  finding: Finding;
}
