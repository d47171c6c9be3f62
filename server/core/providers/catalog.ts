// Loads and checks the provider catalog (catalog/<id>.json, one file per provider). The data is validated once at start so a
// bad edit fails loudly in the tests instead of giving a user wrong server settings.
import { z } from "zod";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../projectRoot.js";
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

/**
 * A mail server name the provider's customers point their MX record at, or the domain such names end
 * with ("mail.protection.outlook.com" matches "contoso-com.mail.protection.outlook.com"), with where
 * it is documented. `unverified`: seen in public DNS data, not found in the provider's own pages.
 */
const mxSchema = z
  .object({
    suffix: z.string().regex(DOMAIN),
    source: z.url({ protocol: /^https$/ }),
    unverified: z.boolean().optional(),
  })
  .strict();

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
      "hosting",
      "other",
    ]),
    domains: z.array(z.string().regex(DOMAIN)),
    domainSuffixes: z.array(z.string().regex(DOMAIN)),
    webmail: z.url({ protocol: /^https$/ }).optional(),
    mx: z.array(mxSchema).optional(),
    sources: z.array(z.url({ protocol: /^https$/ })).min(1),
    protocols: z.array(protocolSchema).length(5),
  })
  .strict();

export interface MxPattern {
  suffix: string;
  source: string;
  unverified?: boolean;
}

export interface Provider {
  id: string;
  name: string;
  kind: ProviderKind;
  domains: string[];
  domainSuffixes: string[];
  webmail: string | null;
  /** How a custom domain hosted by this provider is recognised from its MX record. */
  mx: MxPattern[];
  sources: string[];
  protocols: ProtocolInfo[];
}

/** One catalog file: its name (which must be `<id>.json`) and its parsed JSON. */
export interface CatalogFile {
  name: string;
  data: unknown;
}

/** Validates every provider file, and that no domain or MX name is claimed by two providers. */
export function parseCatalog(files: CatalogFile[]): Provider[] {
  if (files.length === 0) throw new Error("the provider catalog is empty");
  const providers = files.map(({ name, data }) => {
    const parsed = providerSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
    if (name !== `${parsed.data.id}.json`)
      throw new Error(`${name}: the file must be named ${parsed.data.id}.json`);
    return { ...parsed.data, webmail: parsed.data.webmail ?? null, mx: parsed.data.mx ?? [] };
  });
  const claims = (what: string, names: (provider: Provider) => string[]) => {
    const seen = new Map<string, string>();
    for (const provider of providers) {
      for (const name of names(provider)) {
        const owner = seen.get(name);
        if (owner) throw new Error(`${what} ${name} is listed by both ${owner} and ${provider.id}`);
        seen.set(name, provider.id);
      }
    }
  };
  claims("domain", (provider) => provider.domains);
  claims("MX name", (provider) => provider.mx.map((pattern) => pattern.suffix));
  return providers;
}

/** The catalog folder: one JSON file per provider (see its README). */
export const CATALOG_DIR = fromRoot("server/core/providers/catalog");

export function readCatalogFiles(dir: string = CATALOG_DIR): CatalogFile[] {
  return (
    readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      // Stryker disable next-line MethodExpression: readdir's order is the file system's (sorted on ext4 and tmpfs here, not promised by Node); no test here can tell
      .sort()
      .map((name) => ({
        name,
        data: JSON.parse(readFileSync(path.join(dir, name), "utf8")) as unknown,
      }))
  );
}

export const PROVIDERS: readonly Provider[] = parseCatalog(readCatalogFiles());
