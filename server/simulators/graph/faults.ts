// Fault injection for the Graph simulator: at a given rate, deterministically from a seed (or in a
// scripted order), a request is slowed, throttled (429 + Retry-After), refused (503), left unanswered
// (timeout), carried out but never answered (lostAnswer: the connection drops once a write is saved),
// or answered 200 with a broken body — not JSON, empty, cut short, or still arriving when the client
// gives up: the failures a Graph client meets in production.
import { seededRandom } from "../random.js";

export type FaultKind =
  | "latency"
  | "throttle"
  | "unavailable"
  | "timeout"
  | "lostAnswer"
  | "malformed"
  | "empty"
  | "truncated"
  | "slowBody";

export interface FaultOptions {
  /** Share of requests that get a fault, 0..1. */
  rate: number;
  seed: number;
  kinds: FaultKind[];
  /** Faults for the first requests, in order (null: none), before the rate applies. Inner $batch requests count. */
  script: (FaultKind | null)[];
  /** Extra delay of a "latency" fault. */
  extraLatencyMs: number;
  /** Retry-After sent with 429s, in seconds (Graph sends whole seconds). */
  retryAfterSeconds: number;
  /** How long a "timeout" holds the request before dropping it, and a "slowBody" holds its second half. */
  hangMs: number;
}

export const NO_FAULTS: FaultOptions = {
  rate: 0,
  seed: 1,
  kinds: [],
  script: [],
  extraLatencyMs: 0,
  retryAfterSeconds: 1,
  hangMs: 30000,
};

export class FaultInjector {
  private readonly random: () => number;
  private readonly script: (FaultKind | null)[];

  constructor(readonly options: FaultOptions) {
    this.random = seededRandom(options.seed);
    this.script = [...options.script];
  }

  /** Draws the fault (if any) for the next request. */
  next(): FaultKind | null {
    if (this.script.length > 0) return this.script.shift()!;
    if (this.options.rate <= 0 || this.options.kinds.length === 0) return null;
    if (this.random() >= this.options.rate) return null;
    return this.options.kinds[Math.floor(this.random() * this.options.kinds.length)] ?? null;
  }
}
