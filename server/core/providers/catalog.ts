// Loads and checks the provider catalog (providers.json). The data is validated once at start so a
// bad edit fails loudly in the tests instead of giving a user wrong server settings.
import { z } from "zod";
import raw from "./providers.json" with { type: "json" };
import type { ProtocolInfo, ProviderKind } from "@contracts/providers.js";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const protocolSchema = z
  .object({
    protocol: z.enum(["pop3", "imap", "smtp", "mapi", "eas"]),
    host: z.string().regex(DOMAIN).nullable(),
    port: z.number().int().min(1).max(65535).nullable(),
    security: z.enum(["ssl", "starttls"]).nullable(),
    auth: z.array(z.enum(["password", "oauth2", "app-password"])),
    status: z.enum(["allowed", "app-password", "oauth2-only", "blocked"]),
    username: z.enum(["email", "local-part"]).optional(),
    enabledByDefault: z.boolean().optional(),
    unverified: z.boolean().optional(),
    note: z.object({ en: z.string().min(1), fr: z.string().min(1) }).optional(),
    source: z.url({ protocol: /^https$/ }),
  })
  .strict()
  .refine(
    (entry) =>
      entry.status === "blocked" ||
      entry.unverified === true ||
      (entry.host !== null && entry.port !== null && entry.security !== null),
    {
      message: "an available protocol needs host, port and security (or unverified: true)",
    }
  );

const providerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: z.enum([
      "microsoft-consumer",
      "microsoft-work",
      "google",
      "yahoo",
      "apple",
      "isp",
      "other",
    ]),
    domains: z.array(z.string().regex(DOMAIN)),
    domainSuffixes: z.array(z.string().regex(DOMAIN)),
    webmail: z.url({ protocol: /^https$/ }).optional(),
    sources: z.array(z.url({ protocol: /^https$/ })).min(1),
    protocols: z.array(protocolSchema).length(5),
  })
  .strict();

const catalogSchema = z.object({ $comment: z.string(), providers: z.array(providerSchema).min(1) });

export interface Provider {
  id: string;
  name: string;
  kind: ProviderKind;
  domains: string[];
  domainSuffixes: string[];
  webmail: string | null;
  sources: string[];
  protocols: ProtocolInfo[];
}

export function parseCatalog(data: unknown): Provider[] {
  const providers = catalogSchema
    .parse(data)
    .providers.map((provider) => ({ ...provider, webmail: provider.webmail ?? null }));
  const seen = new Map<string, string>();
  for (const provider of providers) {
    for (const domain of provider.domains) {
      const owner = seen.get(domain);
      if (owner) throw new Error(`domain ${domain} is listed by both ${owner} and ${provider.id}`);
      seen.set(domain, provider.id);
    }
  }
  return providers;
}

export const PROVIDERS: readonly Provider[] = parseCatalog(raw);
