// Fair use: anonymous endpoints are limited per client address, mailbox endpoints per signed-in user
// (tid:oid from the validated token, so users behind one company address do not share a budget).
// Over the limit: 429 `rate_limited` with Retry-After and the standard RateLimit headers.
//
// Counters live in a store made by a RateLimitStores factory: in memory by default (right for one
// instance); several instances behind a load balancer share one in Redis (server/state/redisState.ts,
// rate-limit-redis) when REDIS_URL is set. While that store cannot be reached, requests pass
// uncounted (a warning is logged): fair use must not take the service down with Redis.
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
  /** Refused requests (4xx) per client address per window before its requests are slowed (refusalSlowDown.ts). */
  refusalsBeforeSlowDown: number;
}

/** One store per limiter (express-rate-limit refuses to share one): `name` tells them apart. */
export type RateLimitStores = (name: "anonymous" | "mailbox" | "refusals") => Store;

export const memoryStores: RateLimitStores = () => new MemoryStore();

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * What every counter here shares (the limits and refusalSlowDown.ts): requests pass while its store
 * cannot be reached, and that is logged as a warning without a stack.
 */
export const counterOptions = (logger: Logger, label: string) => ({
  // That check reads the key function's source for "req.ip" and misses addressOf's ipKeyGenerator.
  validate: { keyGeneratorIpFallback: false },
  passOnStoreError: true,
  logger: {
    // Store failures are Redis being away, already reported by the Redis client: no stack here.
    error: (error: unknown, message?: string) =>
      logger.warn({ err: messageOf(error) }, message ?? label),
    warn: (error: unknown, message?: string) =>
      logger.warn({ err: messageOf(error) }, message ?? label),
  },
});

export const addressOf = (ip: string | undefined): string =>
  `address:${ipKeyGenerator(ip ?? "unknown")}`;

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
    ...counterOptions(logger, "rate limiter"),
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
