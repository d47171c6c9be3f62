// Provider knowledge as the API returns it (GET /api/providers/lookup).
import type { ProviderEvidence } from "./connectivity.js";

export type ProviderKind =
  | "microsoft-consumer"
  | "microsoft-work"
  | "google"
  | "yahoo"
  | "apple"
  | "isp"
  | "hosting"
  | "other";
export type Protocol = "pop3" | "imap" | "smtp" | "mapi" | "eas";
export type AuthMethod = "password" | "oauth2" | "app-password";
/** allowed: a normal password works · app-password: only an app password (or OAuth2) · oauth2-only · blocked: not offered. */
export type ProtocolStatus = "allowed" | "app-password" | "oauth2-only" | "blocked";

export interface ProtocolInfo {
  protocol: Protocol;
  host: string | null;
  port: number | null;
  security: "ssl" | "starttls" | null;
  auth: AuthMethod[];
  status: ProtocolStatus;
  /** What to type as user name: the whole address or the part before @. */
  username?: "email" | "local-part";
  /** false when the provider ships the protocol switched off until the user turns it on. */
  enabledByDefault?: boolean;
  /** true when we could not verify host/port from a public source. */
  unverified?: boolean;
  note?: { en: string; fr: string };
  source: string;
}

export interface ProviderSummary {
  id: string;
  name: string;
  kind: ProviderKind;
  /** The provider's webmail, when our catalog knows it. */
  webmail: string | null;
}

export interface ProviderLookup {
  email: string;
  domain: string;
  provider: ProviderSummary;
  /** Whether the provider comes from the catalog or from the domain's MX record (a custom domain). */
  evidence: ProviderEvidence;
  webmail: string | null;
  protocols: ProtocolInfo[];
}
