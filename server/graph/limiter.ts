// At most N tasks at a time. Outlook's service allows 4 concurrent requests per mailbox; one limiter
// per mailbox keeps every Graph call from us under that, whatever the number of batches. This file
// holds the in-process version; server/state/redisLimiters.ts holds the one several instances share.
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Limiters by key (a mailbox, a user): every caller with the same key shares one. A limiter that
 * cannot give a turn throws SharedStateUnavailableError, and the task does not run.
 */
export type KeyedLimiters = (key: string) => Limiter;

/** Outlook's limit of concurrent requests per mailbox. */
export const MAILBOX_CONCURRENCY = 4;

export function createLimiter(max: number, onIdle?: () => void): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        active--;
        const next = waiting.shift();
        if (next) next();
        else if (active === 0) onIdle?.();
      }
    },
  };
}

/**
 * In-process limiters by key. The shared state is looked up at each run and forgotten once idle, so
 * the map stays small and two concurrent requests for a key never hold different limiters.
 */
export function memoryLimiters(max: number): KeyedLimiters & { active(): number } {
  const byKey = new Map<string, Limiter>();
  const limiterOf = (key: string): Limiter => {
    let limiter = byKey.get(key);
    if (!limiter) {
      limiter = createLimiter(max, () => byKey.delete(key));
      byKey.set(key, limiter);
    }
    return limiter;
  };
  const keyed = (key: string): Limiter => ({ run: (task) => limiterOf(key).run(task) });
  return Object.assign(keyed, { active: () => byKey.size });
}
