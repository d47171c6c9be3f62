// Fair use: anonymous endpoints are limited per client address, mailbox endpoints per signed-in user
// (tid:oid from the validated token, so users behind one company address do not share a budget).
// Over the limit: 429 `rate_limited` with Retry-After and the standard RateLimit headers.
//
// Counters live in a store made by a RateLimitStores factory: in memory by default (right for one
// instance); several instances behind a load balancer must share one, e.g. rate-limit-redis's
// RedisStore with a prefix per name, chosen where the app is assembled (app.ts) when REDIS_URL is set.
import type { RequestHandler } from "express";
import {
  ipKeyGenerator,
  MemoryStore,
  rateLimit,
  type Store,
  type ValueDeterminingMiddleware,
} from "express-rate-limit";
import type { Logger } from "pino";
import { sessionOf } from "./mailboxSession.js";
import { ServiceError } from "./serviceError.js";

export interface RateLimits {
  windowSeconds: number;
  /** Requests per client address per window, on the endpoints that need no sign-in. */
  anonymousPerWindow: number;
  /** Requests per signed-in user per window, on mailbox endpoints. */
  mailboxPerWindow: number;
}

/** One store per limiter (express-rate-limit refuses to share one): `name` tells them apart. */
export type RateLimitStores = (name: "anonymous" | "mailbox") => Store;

export const memoryStores: RateLimitStores = () => new MemoryStore();

const addressOf = (ip: string | undefined): string => `address:${ipKeyGenerator(ip ?? "unknown")}`;

function limiter(
  name: "anonymous" | "mailbox",
  limit: number,
  windowSeconds: number,
  store: Store,
  logger: Logger,
  key: ValueDeterminingMiddleware<string>
): RequestHandler {
  return rateLimit({
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    identifier: name,
    store,
    keyGenerator: key,
    // That check reads the key function's source for "req.ip" and misses addressOf's ipKeyGenerator.
    validate: { keyGeneratorIpFallback: false },
    logger,
    handler: (_req, res, next) =>
      next(
        new ServiceError("rate_limited", {
          retryAfterSeconds: Number(res.getHeader("Retry-After")) || windowSeconds,
        })
      ),
  });
}

export function perAddressRateLimit(
  limits: RateLimits,
  stores: RateLimitStores,
  logger: Logger
): RequestHandler {
  return limiter(
    "anonymous",
    limits.anonymousPerWindow,
    limits.windowSeconds,
    stores("anonymous"),
    logger,
    (req) => addressOf(req.ip)
  );
}

/** After mailboxSession: counts by user; in demo mode, where nobody signs in, by address. */
export function perUserRateLimit(
  limits: RateLimits,
  stores: RateLimitStores,
  logger: Logger
): RequestHandler {
  return limiter(
    "mailbox",
    limits.mailboxPerWindow,
    limits.windowSeconds,
    stores("mailbox"),
    logger,
    (req, res) => {
      const user = sessionOf(res).userKey;
      return user ? `user:${user}` : addressOf(req.ip);
    }
  );
}
