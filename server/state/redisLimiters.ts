// Limiters that hold across instances, on redis-semaphore's Semaphore and Mutex (atomic Lua scripts,
// each holder a member with a lease). A holder's lease expires unless renewed: an instance that dies
// holding a turn gives it back within LEASE_MS. We renew leases ourselves, through the library's
// documented "acquiredExternally" refresh, because its built-in refresh timer lets a Redis error
// escape as an unhandled rejection (which would stop the process during a Redis outage).
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { Mutex, Semaphore, TimeoutError } from "redis-semaphore";
import type { LockOptions } from "redis-semaphore";
import type { KeyedLimiters } from "../graph/limiter.js";
import { SharedStateUnavailableError } from "./sharedStateError.js";

/** How long a turn outlives its holder's last sign of life. */
export const LEASE_MS = 6000;
const RENEW_EVERY_MS = LEASE_MS / 3;
/** Between two tries for a turn that is taken. */
const RETRY_INTERVAL_MS = 20;

type Lock = Mutex | Semaphore;

export function redisLimiters(
  redis: Redis,
  options: { prefix: string; max: number; waitMs: number },
  logger: Logger
): KeyedLimiters {
  const lockFor = (key: string, extra: LockOptions): Lock => {
    const common: LockOptions = {
      lockTimeout: LEASE_MS,
      acquireTimeout: options.waitMs,
      retryInterval: RETRY_INTERVAL_MS,
      refreshInterval: 0,
      ...extra,
    };
    const name = `${options.prefix}${key}`;
    return options.max === 1
      ? new Mutex(redis, name, common)
      : new Semaphore(redis, name, options.max, common);
  };

  return (key) => ({
    async run<T>(task: () => Promise<T>): Promise<T> {
      const lock = lockFor(key, {});
      try {
        await lock.acquire();
      } catch (error) {
        throw new SharedStateUnavailableError(
          error instanceof TimeoutError ? "busy" : "unreachable",
          { cause: error }
        );
      }
      const renew = setInterval(() => {
        lockFor(key, { identifier: lock.identifier, acquiredExternally: true })
          .acquire()
          .catch((error: unknown) =>
            logger.warn(
              { err: (error as Error).message },
              "could not renew a lease in Redis; it will run out on its own"
            )
          );
      }, RENEW_EVERY_MS);
      renew.unref();
      try {
        return await task();
      } finally {
        clearInterval(renew);
        // If Redis is away, the lease runs out by itself.
        await lock.release().catch(() => undefined);
      }
    },
  });
}
