// What instances of MailBridge must agree on when several serve the same users: fair-use counters,
// Outlook's limit of 4 Graph requests in flight per mailbox, one writer per mailbox when rules are
// applied, one token exchange per user, and the Graph tokens themselves. In memory (one instance,
// `npm start`) unless REDIS_URL is set; then in Redis (redisState.ts), the same for every instance.
import type { ICacheClient } from "@azure/msal-node";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { MAILBOX_CONCURRENCY, memoryLimiters, type KeyedLimiters } from "../graph/limiter.js";
import { memoryStores, type RateLimitStores } from "../http/rateLimit.js";
import { memoryTokenCache } from "../auth/memoryTokenCache.js";
import { connectRedisState } from "./redisState.js";

export interface SharedState {
  /** Where it lives, for logs and readiness. */
  readonly kind: "memory" | "redis";
  rateLimitStores: RateLimitStores;
  /** Turns to call Graph for one mailbox: at most MAILBOX_CONCURRENCY in flight. */
  mailboxSlots: KeyedLimiters;
  /** One holder at a time per key (applying rules to a mailbox, exchanging a user's token). */
  exclusive: KeyedLimiters;
  /** msal-node's token cache, one partition per user. */
  tokenCache: ICacheClient;
  /** Resolves when the store answers; throws otherwise (readiness). */
  check(): Promise<void>;
  close(): Promise<void>;
}

export function memoryState(): SharedState {
  return {
    kind: "memory",
    rateLimitStores: memoryStores,
    mailboxSlots: memoryLimiters(MAILBOX_CONCURRENCY),
    exclusive: memoryLimiters(1),
    tokenCache: memoryTokenCache(),
    check: async () => undefined,
    close: async () => undefined,
  };
}

/** Redis when the configuration names one, else memory. */
export async function createSharedState(config: Config, logger: Logger): Promise<SharedState> {
  return config.redis ? connectRedisState(config.redis, logger) : memoryState();
}
