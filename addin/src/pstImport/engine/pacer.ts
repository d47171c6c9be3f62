// Keeps the importer within Outlook's per-mailbox limits by design rather than by meeting 429s: at
// most 4 requests in flight, requests and uploaded bytes counted over sliding windows, and a pause for
// everyone when Graph answers 429/503 with Retry-After. Graph counts a request when it arrives; we
// count it from when it leaves until its answer is back, then date it by the answer — never earlier
// than Graph does, so it never leaves our window before it leaves Graph's. Every wait is reported, so
// the user sees why.
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

interface Sent {
  /** When its answer came back; Infinity while it is in flight. */
  at: number;
  bytes: number;
}

export class Pacer {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private requests: Sent[] = [];
  private uploads: Sent[] = [];
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
        // A pause for Retry-After was reported when it began.
        if (wait.reason !== "throttled") this.onWait(wait.reason, wait.until);
        await this.clock.sleep(Math.max(1, wait.until - this.clock.now()), signal);
      }
      const sent: Sent = { at: Infinity, bytes: uploadBytes };
      this.requests.push(sent);
      if (uploadBytes > 0) this.uploads.push(sent);
      try {
        return await task();
      } finally {
        sent.at = this.clock.now();
      }
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  private waitFor(uploadBytes: number): { reason: WaitReason; until: number } | null {
    const now = this.clock.now();
    if (this.pausedUntil > now) return { reason: "throttled", until: this.pausedUntil };
    this.requests = this.requests.filter((sent) => sent.at > now - this.limits.requestWindowMs);
    this.uploads = this.uploads.filter((sent) => sent.at > now - this.limits.uploadWindowMs);
    if (this.requests.length >= Math.floor(this.limits.requestsPerWindow * MARGIN))
      return {
        reason: "requestBudget",
        until: this.expiry(this.requests, this.limits.requestWindowMs),
      };
    const uploaded = this.uploads.reduce((sum, sent) => sum + sent.bytes, 0);
    if (uploadBytes === 0 || uploaded + uploadBytes <= this.limits.uploadBytesPerWindow * MARGIN)
      return null;
    return { reason: "uploadBudget", until: this.expiry(this.uploads, this.limits.uploadWindowMs) };
  }

  /** When the oldest answered request leaves the window (soon, when all are still in flight). */
  private expiry(entries: Sent[], windowMs: number): number {
    const oldest = Math.min(...entries.map((sent) => sent.at));
    return Number.isFinite(oldest) ? oldest + windowMs + 1 : this.clock.now() + 100;
  }
}
