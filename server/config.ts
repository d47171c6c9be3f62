// Configuration comes from environment variables only, validated once at start. Every bad variable
// gets its own sentence, so a person fixing a deployment sees all problems at once.
import { z } from "zod";
import { CONSUMER_TENANT_ID } from "./auth/microsoftIdentity.js";
import type { RateLimits } from "./http/rateLimit.js";
import type { LogFormat } from "./logger.js";
import {
  connectivityConfig,
  connectivityEnv,
  type ConnectivityConfig,
} from "./connectivity/connectivityConfig.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const booleanFlag = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const normalized = value.trim().toLowerCase();
      if (["1", "true", "yes", "on"].includes(normalized)) return true;
      if (["0", "false", "no", "off"].includes(normalized)) return false;
      ctx.addIssue({ code: "custom", message: `${name} must be true or false (got "${value}")` });
      return z.NEVER;
    });

/** https, or http on this machine only (the simulators of tests and demos). */
const serviceUrl = (name: string, fallback: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      try {
        const url = new URL(value);
        if (
          url.protocol === "https:" ||
          (url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
        )
          return value.replace(/\/+$/, "");
      } catch {
        // reported below
      }
      ctx.addIssue({
        code: "custom",
        message: `${name} must be an https:// URL (http only on localhost), got "${value}"`,
      });
      return z.NEVER;
    });

/** Tenant ids, or `consumers` for personal Microsoft accounts; unset: every tenant and personal accounts. */
const tenantList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    const entries = value.split(",").map((entry) => entry.trim().toLowerCase());
    if (entries.every((entry) => entry === "consumers" || GUID.test(entry)))
      return [
        ...new Set(entries.map((entry) => (entry === "consumers" ? CONSUMER_TENANT_ID : entry))),
      ];
    ctx.addIssue({
      code: "custom",
      message: `ALLOWED_TENANTS must list tenant IDs (GUIDs) and/or the word consumers, separated by commas (got "${value}")`,
    });
    return z.NEVER;
  });

const positiveWhole = (name: string, fallback: number, what: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const number = Number(value);
      if (Number.isInteger(number) && number >= 1) return number;
      ctx.addIssue({
        code: "custom",
        message: `${name} must be a whole number of ${what}, at least 1 (got "${value}")`,
      });
      return z.NEVER;
    });

/** A TCP port; `fallback` when unset (null: the feature is off). */
const portNumber = <F extends number | null>(name: string, fallback: F) =>
  z
    .string()
    .optional()
    .transform((value, ctx): number | F => {
      if (value === undefined || value === "") return fallback;
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        ctx.addIssue({
          code: "custom",
          message: `${name} must be a whole number from 0 to 65535 (got "${value}")`,
        });
        return z.NEVER;
      }
      return port;
    });

/** redis:// or rediss:// (TLS, as Azure Cache for Redis requires); null when unset. */
const redisUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return null;
    try {
      const url = new URL(value);
      if ((url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname) return value;
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: "custom",
      // The URL may hold a password: never repeat it.
      message:
        "REDIS_URL must be a redis:// or rediss:// URL, e.g. rediss://:<access key>@<name>.redis.cache.windows.net:6380",
    });
    return z.NEVER;
  });

/** 32 random bytes (AES-256), written in base64 or hex; null when unset. */
const encryptionKey = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return null;
    const key = /^[0-9a-f]{64}$/i.test(value)
      ? Buffer.from(value, "hex")
      : /^[A-Za-z0-9+/]{43}=?$/.test(value)
        ? Buffer.from(value, "base64")
        : null;
    if (key?.length === 32) return key;
    ctx.addIssue({
      code: "custom",
      message:
        "TOKEN_CACHE_KEY must be 32 random bytes in base64 or hex, e.g. the output of `openssl rand -base64 32`",
    });
    return z.NEVER;
  });

const schema = z
  .object({
    PORT: portNumber("PORT", 3000),
    METRICS_PORT: portNumber("METRICS_PORT", null),
    HOST: z.string().optional().default("localhost"),
    HTTPS: booleanFlag("HTTPS", true),
    PUBLIC_URL: z
      .string()
      .optional()
      .refine(
        (value) => value === undefined || value === "" || /^https:\/\/[^/\s]+(\/.*)?$/.test(value),
        {
          message: "PUBLIC_URL must be an https:// address, e.g. https://mailbridge.example.org",
        }
      ),
    AZURE_CLIENT_ID: z
      .string()
      .optional()
      .refine((value) => value === undefined || value === "" || GUID.test(value), {
        message:
          "AZURE_CLIENT_ID must be the application (client) ID GUID from the Azure app registration",
      }),
    AZURE_CLIENT_SECRET: z.string().optional(),
    GRAPH_BASE_URL: serviceUrl("GRAPH_BASE_URL", "https://graph.microsoft.com/v1.0"),
    IDENTITY_BASE_URL: serviceUrl("IDENTITY_BASE_URL", "https://login.microsoftonline.com"),
    AUTODISCOVER_BASE_URL: serviceUrl(
      "AUTODISCOVER_BASE_URL",
      "https://autodiscover-s.outlook.com"
    ),
    ...connectivityEnv,
    API_SCOPE: z
      .string()
      .regex(/^[\w.-]+$/, {
        message: "API_SCOPE must be the name of the scope your app exposes, e.g. access_as_user",
      })
      .optional()
      .default("access_as_user"),
    ALLOWED_TENANTS: tenantList,
    REDIS_URL: redisUrl,
    TOKEN_CACHE_KEY: encryptionKey,
    SHUTDOWN_GRACE_SECONDS: positiveWhole("SHUTDOWN_GRACE_SECONDS", 20, "seconds"),
    // Node's timers stop at about 24 days; an hour is already far past any proxy's idle timeout.
    KEEP_ALIVE_SECONDS: positiveWhole("KEEP_ALIVE_SECONDS", 65, "seconds").refine(
      (seconds) => seconds <= 3600,
      { message: "KEEP_ALIVE_SECONDS must be at most 3600 (an hour)" }
    ),
    RATE_LIMIT_WINDOW_SECONDS: positiveWhole("RATE_LIMIT_WINDOW_SECONDS", 60, "seconds"),
    RATE_LIMIT_ANONYMOUS: positiveWhole("RATE_LIMIT_ANONYMOUS", 600, "requests"),
    RATE_LIMIT_MAILBOX: positiveWhole("RATE_LIMIT_MAILBOX", 120, "requests"),
    RATE_LIMIT_REFUSALS: positiveWhole("RATE_LIMIT_REFUSALS", 30, "refused requests"),
    LOG_FORMAT: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .enum(["json", "pretty"], {
          message: "LOG_FORMAT must be json (one JSON object a line) or pretty (readable lines)",
        })
        .optional()
    ),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .optional()
      .default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.AZURE_CLIENT_ID && !env.AZURE_CLIENT_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AZURE_CLIENT_SECRET"],
        message:
          "AZURE_CLIENT_SECRET is required when AZURE_CLIENT_ID is set (the server exchanges tokens On-Behalf-Of the user)",
      });
    }
    // Graph tokens are shared through Redis only encrypted; a key nobody chose would be no protection.
    if (env.REDIS_URL && env.AZURE_CLIENT_ID && !env.TOKEN_CACHE_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["TOKEN_CACHE_KEY"],
        message:
          "TOKEN_CACHE_KEY is required when REDIS_URL is set in live mode (Graph tokens are kept in Redis encrypted with it): set it to the output of `openssl rand -base64 32`, the same on every instance",
      });
    }
  });

export type Mode = "demo" | "live";

export interface Config {
  port: number;
  host: string;
  https: boolean;
  /** The origin users and Outlook reach the taskpane at (no trailing slash). */
  publicUrl: string;
  mode: Mode;
  azure: { clientId: string; clientSecret: string } | null;
  logLevel: string;
  /** null: readable lines on a terminal, JSON otherwise. */
  logFormat: LogFormat | null;
  graphBaseUrl: string;
  /** Where Microsoft's identity platform is reached (a simulator in tests). */
  identityBaseUrl: string;
  /** The delegated scope our API exposes and requires in tokens. */
  apiScope: string;
  /** Tenant ids whose users may sign in (the consumer tenant for personal accounts); null: all. */
  allowedTenants: string[] | null;
  rateLimits: RateLimits;
  /** DNS servers, Autodiscover and the IMAP server of the connectivity checks. */
  connectivity: ConnectivityConfig;
  /** Shared state for several instances; null: each instance keeps its own, in memory. */
  redis: { url: string; tokenCacheKey: Buffer | null } | null;
  /** Where Prometheus scrapes /metrics (a port of its own, not the public one); null: not served. */
  metricsPort: number | null;
  /** How long a stopping instance lets requests in flight finish. */
  shutdownGraceSeconds: number;
  /** How long an idle connection is kept open for its next request (see http/httpServer.ts). */
  keepAliveSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  const values = parsed.data;
  const azure =
    values.AZURE_CLIENT_ID && values.AZURE_CLIENT_SECRET
      ? { clientId: values.AZURE_CLIENT_ID, clientSecret: values.AZURE_CLIENT_SECRET }
      : null;
  const scheme = values.HTTPS ? "https" : "http";
  return {
    port: values.PORT,
    host: values.HOST,
    https: values.HTTPS,
    publicUrl: (values.PUBLIC_URL || `${scheme}://localhost:${values.PORT}`).replace(/\/+$/, ""),
    mode: azure ? "live" : "demo",
    azure,
    logLevel: values.LOG_LEVEL,
    logFormat: values.LOG_FORMAT ?? null,
    graphBaseUrl: values.GRAPH_BASE_URL,
    identityBaseUrl: values.IDENTITY_BASE_URL,
    apiScope: values.API_SCOPE,
    allowedTenants: values.ALLOWED_TENANTS,
    rateLimits: {
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
      anonymousPerWindow: values.RATE_LIMIT_ANONYMOUS,
      mailboxPerWindow: values.RATE_LIMIT_MAILBOX,
      refusalsBeforeSlowDown: values.RATE_LIMIT_REFUSALS,
    },
    connectivity: connectivityConfig(values, values.AUTODISCOVER_BASE_URL),
    redis: values.REDIS_URL
      ? { url: values.REDIS_URL, tokenCacheKey: values.TOKEN_CACHE_KEY }
      : null,
    metricsPort: values.METRICS_PORT,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS,
    keepAliveSeconds: values.KEEP_ALIVE_SECONDS,
  };
}
