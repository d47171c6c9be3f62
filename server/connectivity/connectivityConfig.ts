// Environment variables of the connectivity checks: which DNS servers answer the service's
// questions, and which IMAP server the sign-in test reaches. Production leaves them unset (the
// system's resolvers, Outlook.com's IMAP server); tests point them at servers on this machine.
import { isIP } from "node:net";
import { z } from "zod";

const HOST =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** "192.0.2.1", "192.0.2.1:5353", "2001:db8::1" or "[2001:db8::1]:5353": what Node's resolver accepts. */
const dnsServer = (entry: string): boolean => {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(entry);
  if (bracketed) return isIP(bracketed[1]!) === 6 && Number(bracketed[2] ?? 53) <= 65535;
  const withPort = /^([\d.]+):(\d{1,5})$/.exec(entry);
  if (withPort) return isIP(withPort[1]!) === 4 && Number(withPort[2]) <= 65535;
  return isIP(entry) !== 0;
};

const wholeNumber = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const number = Number(value);
      if (Number.isInteger(number) && number >= min && number <= max) return number;
      ctx.addIssue({
        code: "custom",
        message: `${name} must be a whole number from ${min} to ${max} (got "${value}")`,
      });
      return z.NEVER;
    });

/** Merged into the service's configuration schema (server/config.ts). */
export const connectivityEnv = {
  DNS_SERVERS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return null;
      const servers = value.split(",").map((entry) => entry.trim());
      const bad = servers.filter((entry) => !dnsServer(entry));
      if (bad.length === 0) return servers;
      ctx.addIssue({
        code: "custom",
        message: `DNS_SERVERS must be IP addresses separated by commas, with an optional port (e.g. 192.0.2.1:5353); not valid: ${bad.join(", ")}`,
      });
      return z.NEVER;
    }),
  DNS_TIMEOUT_MS: wholeNumber("DNS_TIMEOUT_MS", 2500, 50, 30000),
  IMAP_HOST: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === "" || HOST.test(value), {
      message: "IMAP_HOST must be a host name, e.g. outlook.office365.com",
    }),
  IMAP_PORT: wholeNumber("IMAP_PORT", 993, 1, 65535),
  IMAP_CA_FILE: z.string().optional(),
};

export interface ConnectivityConfig {
  /** null: the system's resolvers. */
  dnsServers: string[] | null;
  dnsTimeoutMs: number;
  /** Where Autodiscover v2 is asked (Microsoft's service; a simulator in tests). */
  autodiscoverBaseUrl: string;
  /** The IMAP server of the sign-in test (TLS on connect). */
  imap: { host: string; port: number; caFile: string | null };
}

type ConnectivityValues = {
  DNS_SERVERS: string[] | null;
  DNS_TIMEOUT_MS: number;
  IMAP_HOST?: string | undefined;
  IMAP_PORT: number;
  IMAP_CA_FILE?: string | undefined;
};

export function connectivityConfig(
  values: ConnectivityValues,
  autodiscoverBaseUrl: string
): ConnectivityConfig {
  return {
    dnsServers: values.DNS_SERVERS,
    dnsTimeoutMs: values.DNS_TIMEOUT_MS,
    autodiscoverBaseUrl,
    imap: {
      host: values.IMAP_HOST || "outlook.office365.com",
      port: values.IMAP_PORT,
      caFile: values.IMAP_CA_FILE || null,
    },
  };
}
