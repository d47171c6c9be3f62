// Thunderbird autoconfig (clientConfig v1.1, the format of Thunderbird's ISPDB) for a provider in our
// catalog. Only what the provider really allows is offered: no blocked protocol, no password where
// OAuth2 is required, and nothing at all for providers whose servers we could not verify.
import type { ProtocolInfo } from "@contracts/providers.js";
import type { ProviderEvidence } from "@contracts/connectivity.js";
import type { Provider } from "../providers/catalog.js";
import { xmlEscape as text } from "../xmlEscape.js";
import { OAUTH2_ENDPOINTS } from "./oauth2Endpoints.js";

function authentications(entry: ProtocolInfo): string[] {
  const out: string[] = [];
  if (entry.auth.includes("oauth2")) out.push("OAuth2");
  // An app password is typed where the password goes: still password-cleartext (over TLS) for the client.
  if (entry.auth.includes("password") || entry.auth.includes("app-password"))
    out.push("password-cleartext");
  return out;
}

/** A server a mail client can be given: where it is and how to connect are all known. */
type OfferedServer = ProtocolInfo & { host: string; port: number; security: "ssl" | "starttls" };

/** Only verified, available servers with a sign-in method a mail client has are offered. */
const offered = (entry: ProtocolInfo | undefined): entry is OfferedServer =>
  entry !== undefined &&
  entry.status !== "blocked" &&
  !entry.unverified &&
  Boolean(entry.host && entry.port && entry.security) &&
  authentications(entry).length > 0;

function server(
  entry: ProtocolInfo | undefined,
  element: "incomingServer" | "outgoingServer",
  type: string
): string | null {
  if (!offered(entry)) return null;
  const auth = authentications(entry);
  return [
    `    <${element} type="${type}">`,
    `      <hostname>${text(entry.host)}</hostname>`,
    `      <port>${entry.port}</port>`,
    `      <socketType>${entry.security === "ssl" ? "SSL" : "STARTTLS"}</socketType>`,
    `      <username>${entry.username === "local-part" ? "%EMAILLOCALPART%" : "%EMAILADDRESS%"}</username>`,
    ...auth.map((method) => `      <authentication>${method}</authentication>`),
    `    </${element}>`,
  ].join("\n");
}

/**
 * null when we have nothing trustworthy to offer for this provider. `evidence`: how the provider was
 * found (from the catalog when left out); settings found from a custom domain's MX record say so in
 * a comment.
 */
export function clientConfig(
  provider: Provider,
  requestedDomain: string,
  evidence?: ProviderEvidence
): string | null {
  const byProtocol = new Map(provider.protocols.map((entry) => [entry.protocol, entry]));
  const imap = byProtocol.get("imap");
  const pop3 = byProtocol.get("pop3");
  const smtp = byProtocol.get("smtp");
  const incoming = [
    server(imap, "incomingServer", "imap"),
    server(pop3, "incomingServer", "pop3"),
  ].filter((entry): entry is string => entry !== null);
  const outgoing = server(smtp, "outgoingServer", "smtp");
  if (incoming.length === 0 || !outgoing) return null;
  const domains = provider.domains.includes(requestedDomain)
    ? provider.domains
    : [requestedDomain, ...provider.domains];
  const mustEnable = [imap, pop3].some((entry) => entry?.enabledByDefault === false);
  const oauth2 = [imap, pop3, smtp].some((entry) => offered(entry) && entry.auth.includes("oauth2"))
    ? OAUTH2_ENDPOINTS.get(provider.id)
    : undefined;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    ...(evidence?.by === "mx"
      ? [
          // Names are left out: "--" (as in IDN "xn--" labels) may not appear inside an XML comment.
          `  <!-- Found from DNS: the domain's MX record names a server of ${text(provider.name)}. -->`,
        ]
      : []),
    `  <emailProvider id="${text(provider.domains[0] ?? requestedDomain)}">`,
    ...domains.map((domain) => `    <domain>${text(domain)}</domain>`),
    `    <displayName>${text(provider.name)}</displayName>`,
    `    <displayShortName>${text(provider.name.split(" (")[0]!)}</displayShortName>`,
    ...incoming,
    outgoing,
    ...(mustEnable && provider.webmail
      ? [
          `    <enable visiturl="${text(provider.webmail)}">`,
          `      <instruction lang="en">${text(imap?.note?.en ?? pop3?.note?.en ?? "Turn on IMAP access in your webmail settings first.")}</instruction>`,
          `      <instruction lang="fr">${text(imap?.note?.fr ?? pop3?.note?.fr ?? "Activez d’abord l’accès IMAP dans les paramètres du webmail.")}</instruction>`,
          "    </enable>",
        ]
      : []),
    ...provider.sources
      .slice(0, 1)
      .map(
        (source) =>
          `    <documentation url="${text(source)}">\n      <descr lang="en">Settings source</descr>\n    </documentation>`
      ),
    "  </emailProvider>",
    ...(oauth2
      ? [
          "  <oAuth2>",
          `    <issuer>${text(oauth2.issuer)}</issuer>`,
          `    <scope>${text(oauth2.scope)}</scope>`,
          `    <authURL>${text(oauth2.authURL)}</authURL>`,
          `    <tokenURL>${text(oauth2.tokenURL)}</tokenURL>`,
          "  </oAuth2>",
        ]
      : []),
    "</clientConfig>",
    "",
  ].join("\n");
}
