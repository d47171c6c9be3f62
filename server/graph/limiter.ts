// At most N tasks at a time. Outlook's service allows 4 concurrent requests per mailbox; one limiter
// per mailbox keeps every Graph call from us under that, whatever the number of batches.
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createLimiter(max: number): Limiter {
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
        waiting.shift()?.();
      }
    },
  };
}

const perMailbox = new Map<string, Limiter>();

/** The shared limiter for one mailbox (keyed by tenant + object id). */
export function mailboxLimiter(key: string, max = 4): Limiter {
  let limiter = perMailbox.get(key);
  if (!limiter) {
    limiter = createLimiter(max);
    perMailbox.set(key, limiter);
  }
  return limiter;
}
