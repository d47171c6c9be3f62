// Keeps the importer within Outlook's per-mailbox limits by design rather than by meeting 429s: at
// most 4 requests in flight, requests and uploaded bytes counted over sliding windows (with a margin,
// since Graph counts when a request arrives and we count when it leaves), and a pause for everyone
// when Graph answers 429/503 with Retry-After. Every wait is reported, so the user sees why.
import type { OutlookLimits } from "@contracts/outlookLimits.js";

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", abort);
        resolve();
      }, ms);
      const abort = () => {
        clearTimeout(timer);
        reject(signal!.reason as Error);
      };
      signal?.addEventListener("abort", abort, { once: true });
    }),
};

export type WaitReason = "throttled" | "requestBudget" | "uploadBudget";

/** Share of each budget we allow ourselves. */
const MARGIN = 0.95;

export class Pacer {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private readonly requests: number[] = [];
  private readonly uploads: { at: number; bytes: number }[] = [];
  private pausedUntil = 0;

  constructor(
    private readonly limits: OutlookLimits,
    private readonly clock: Clock = realClock,
    private readonly onWait: (reason: WaitReason, untilMs: number) => void = () => undefined
  ) {}

  /** Graph asked us to slow down: nobody sends before `ms` from now. */
  throttle(ms: number): void {
    const until = this.clock.now() + ms;
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.onWait("throttled", until);
    }
  }

  /** Runs a request once a slot is free and the budgets have room for it (`uploadBytes`: its body). */
  async run<T>(uploadBytes: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.active >= this.limits.concurrentRequests)
      await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      for (;;) {
        signal?.throwIfAborted();
        const wait = this.waitFor(uploadBytes);
        if (!wait) break;
        this.onWait(wait.reason, wait.until);
        await this.clock.sleep(wait.until - this.clock.now(), signal);
      }
      const now = this.clock.now();
      this.requests.push(now);
      if (uploadBytes > 0) this.uploads.push({ at: now, bytes: uploadBytes });
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  private waitFor(uploadBytes: number): { reason: WaitReason; until: number } | null {
    const now = this.clock.now();
    if (this.pausedUntil > now) return { reason: "throttled", until: this.pausedUntil };
    while (this.requests.length && this.requests[0]! <= now - this.limits.requestWindowMs)
      this.requests.shift();
    while (this.uploads.length && this.uploads[0]!.at <= now - this.limits.uploadWindowMs)
      this.uploads.shift();
    if (this.requests.length >= Math.floor(this.limits.requestsPerWindow * MARGIN))
      return {
        reason: "requestBudget",
        until: this.requests[0]! + this.limits.requestWindowMs + 1,
      };
    const budget = this.limits.uploadBytesPerWindow * MARGIN;
    let uploaded = this.uploads.reduce((sum, upload) => sum + upload.bytes, 0);
    if (uploadBytes === 0 || uploaded + uploadBytes <= budget) return null;
    for (const upload of this.uploads) {
      uploaded -= upload.bytes;
      if (uploaded + uploadBytes <= budget)
        return { reason: "uploadBudget", until: upload.at + this.limits.uploadWindowMs + 1 };
    }
    return null;
  }
}
