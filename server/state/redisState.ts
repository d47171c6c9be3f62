// Shared state in Redis (REDIS_URL), e.g. Azure Cache for Redis. Commands fail at once while Redis
// is away (no offline queue): requests that need it get a clear 503 instead of hanging, and the
// client reconnects on its own. At start, MailBridge waits for Redis before serving: rate-limit-redis
// loads its scripts once, when the limiters are made.
import { Redis } from "ioredis";
import type { Logger } from "pino";
import { RedisStore, type RedisReply } from "rate-limit-redis";
import { MAILBOX_CONCURRENCY } from "../graph/limiter.js";
import type { SharedState } from "./sharedState.js";
import { redisLimiters } from "./redisLimiters.js";
import { redisTokenCache } from "./redisTokenCache.js";
import { TokenCipher } from "./tokenCipher.js";
import { memoryTokenCache } from "../auth/memoryTokenCache.js";

const CONNECT_WAIT_MS = 20_000;
/** How long a Graph request waits for its mailbox's turn, and a rule apply for the mailbox. */
const SLOT_WAIT_MS = 30_000;
const EXCLUSIVE_WAIT_MS = 60_000;

export class RedisUnreachableError extends Error {}

/** host:port, never the password a URL may carry. */
export const redisAddress = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "6379"}`;
};

export async function connectRedisState(
  options: { url: string; tokenCacheKey: Buffer | null; connectWaitMs?: number },
  logger: Logger
): Promise<SharedState> {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let up = true;
  redis.on("error", (error: Error) => {
    if (up)
      logger.warn({ redis: redisAddress(options.url), err: error.message }, "Redis is unreachable");
    up = false;
  });
  redis.on("ready", () => {
    if (!up) logger.info({ redis: redisAddress(options.url) }, "Redis is reachable again");
    up = true;
  });
  await waitUntilReady(redis, options.url, options.connectWaitMs ?? CONNECT_WAIT_MS);
  return {
    kind: "redis",
    rateLimitStores: (name) =>
      new RedisStore({
        prefix: `mailbridge:rl:${name}:`,
        sendCommand: (command: string, ...args: string[]) =>
          redis.call(command, ...args) as Promise<RedisReply>,
      }),
    mailboxSlots: redisLimiters(
      redis,
      { prefix: "mailbridge:graph:", max: MAILBOX_CONCURRENCY, waitMs: SLOT_WAIT_MS },
      logger
    ),
    exclusive: redisLimiters(
      redis,
      { prefix: "mailbridge:exclusive:", max: 1, waitMs: EXCLUSIVE_WAIT_MS },
      logger
    ),
    // Demo mode exchanges no token: nothing to share, nothing to encrypt.
    tokenCache: options.tokenCacheKey
      ? redisTokenCache(redis, new TokenCipher(options.tokenCacheKey), logger)
      : memoryTokenCache(),
    check: async () => {
      await redis.ping();
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

async function waitUntilReady(redis: Redis, url: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    try {
      // connect() waits for Redis to answer; a server that accepts and says nothing must not hold us.
      await Promise.race([
        redis.connect(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("no answer")), deadline - Date.now());
        }),
      ]);
      return;
    } catch (error) {
      last = (error as Error).message;
      redis.disconnect();
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, deadline - Date.now())));
    } finally {
      clearTimeout(timer);
    }
  }
  throw new RedisUnreachableError(
    `Redis at ${redisAddress(url)} did not answer within ${Math.round(waitMs / 1000)} s (${last}); check REDIS_URL and that Redis is running.`
  );
}
