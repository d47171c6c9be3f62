// Demo mode on a shared host: each visitor has a demo mailbox of their own, so one visitor's applied
// rules or watched uploads never show up for another. The browser keeps a random id (a UUID v4) and
// sends it in X-MailBridge-Visitor; a request without one gets a fresh mailbox nobody else can reach
// (API users and scripts), thrown away like the others. Bounded: at most `maxVisitors` mailboxes (the
// least recently used goes first) and none kept after `idleMs` without a visit.
import { randomBytes, randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { SimulatedAccount } from "./simulators/graph/graphSimulator.js";
import { demoMailbox } from "./simulators/graph/demoMailbox.js";

export const VISITOR_HEADER = "X-MailBridge-Visitor";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An X-MailBridge-Visitor header that is not a UUID v4. */
export class InvalidVisitorError extends Error {}

export interface DemoVisitorLimits {
  maxVisitors: number;
  idleMs: number;
}

export const DEMO_VISITOR_LIMITS: DemoVisitorLimits = {
  maxVisitors: 1000,
  idleMs: 24 * 3600 * 1000,
};

interface Visit {
  token: string;
  account: SimulatedAccount;
}

export class DemoVisitors {
  private readonly visits: LRUCache<string, Visit>;
  /** The simulator's side: a mailbox token → its visitor. */
  private readonly visitorOf = new Map<string, string>();

  constructor(limits: DemoVisitorLimits = DEMO_VISITOR_LIMITS) {
    this.visits = new LRUCache<string, Visit>({
      max: limits.maxVisitors,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
      dispose: (visit) => this.visitorOf.delete(visit.token),
    });
  }

  /** The visitor id a request names (lower case), or a new one; throws InvalidVisitorError. */
  static idOf(header: string | undefined): string {
    if (header === undefined) return randomUUID();
    if (!UUID_V4.test(header))
      throw new InvalidVisitorError(`${VISITOR_HEADER} must be a UUID v4 kept by the browser.`);
    return header.toLowerCase();
  }

  /** The Graph token of the visitor's mailbox, made with the demo mailbox on first visit. */
  tokenFor(visitor: string): string {
    let visit = this.visits.get(visitor);
    if (!visit) {
      visit = {
        token: `demo.${randomBytes(16).toString("base64url")}`,
        account: { seed: demoMailbox() },
      };
      this.visits.set(visitor, visit);
      this.visitorOf.set(visit.token, visitor);
    }
    return visit.token;
  }

  /** For the Graph simulator: the account behind a token, while its visitor is remembered. */
  account(token: string): SimulatedAccount | undefined {
    const visitor = this.visitorOf.get(token);
    return visitor === undefined ? undefined : this.visits.get(visitor)?.account;
  }

  get size(): number {
    return this.visits.size;
  }
}
