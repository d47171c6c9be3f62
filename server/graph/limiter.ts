// At most N tasks at a time. Outlook's service allows 4 concurrent requests per mailbox; one limiter
// per mailbox keeps every Graph call from us under that, whatever the number of batches.
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

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

const perMailbox = new Map<string, Limiter>();

function sharedLimiter(key: string, max: number): Limiter {
  let limiter = perMailbox.get(key);
  if (!limiter) {
    limiter = createLimiter(max, () => perMailbox.delete(key));
    perMailbox.set(key, limiter);
  }
  return limiter;
}

/**
 * The limiter of one mailbox (keyed by tenant + object id), shared by every request for it. The
 * shared state is looked up at each run and forgotten once idle, so the map stays small and two
 * concurrent requests for a mailbox never hold different limiters.
 */
export function mailboxLimiter(key: string, max = 4): Limiter {
  return { run: (task) => sharedLimiter(key, max).run(task) };
}

/** How many mailboxes currently hold a limiter (tests check it drains). */
export const activeMailboxLimiters = (): number => perMailbox.size;
