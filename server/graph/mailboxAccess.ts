// How a request reaches the right mailbox. Live: the bearer token is validated first (open), then
// exchanged On-Behalf-Of the user for each client (nothing reaches Graph before the token is proven
// good). Demo: no sign-in; each visitor reaches their own simulated demo mailbox (demoVisitors.ts).
// Failures are the identity edge's own errors (AuthError, TenantNotAllowedError, OboError,
// InvalidVisitorError); the HTTP edge decides what they become for a client.
import type { TokenValidator } from "../auth/tokenValidator.js";
import {
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
  type GraphTokenProvider,
} from "../auth/graphTokenProvider.js";
import { GraphClient, type GraphClientOptions } from "./graphClient.js";
import type { KeyedLimiters, Limiter } from "./limiter.js";

/** read: the diagnosis; write: applying rules (folders and inbox rules). */
export type MailboxPurpose = "read" | "write";

/** What a request presents to reach a mailbox. */
export interface MailboxCredentials {
  /** The Authorization header (live mode). */
  authorization: string | undefined;
  /** The X-MailBridge-Visitor header (demo mode): the browser's own demo mailbox. */
  visitor: string | undefined;
}

/** A caller whose token has been checked, and the mailbox it may reach. */
export interface MailboxSession {
  /** The signed-in user as `tid:oid`; null in demo mode, where nobody signs in. */
  readonly userKey: string | null;
  /** Writes to this mailbox take turns, across instances: each sees what the previous one did. */
  readonly writes: Limiter;
  client(purpose: MailboxPurpose): Promise<GraphClient>;
}

export interface MailboxAccess {
  /** Checks the request's credentials; throws AuthError, TenantNotAllowedError or InvalidVisitorError. */
  open(credentials: MailboxCredentials): Promise<MailboxSession>;
}

/** Turns per mailbox: Graph requests in flight, and writers. */
export interface MailboxTurns {
  slots: KeyedLimiters;
  exclusive: KeyedLimiters;
}

export type ClientTuning = Pick<
  GraphClientOptions,
  "timeoutMs" | "maxRetries" | "maxRetryAfterMs" | "backoffMs" | "observe"
>;

export function liveMailboxAccess(options: {
  graphBaseUrl: string;
  validate: TokenValidator;
  graphToken: GraphTokenProvider;
  turns: MailboxTurns;
  tuning?: ClientTuning;
}): MailboxAccess {
  return {
    async open({ authorization }) {
      const user = await options.validate(authorization);
      const userKey = `${user.tid}:${user.oid}`;
      return {
        userKey,
        writes: options.turns.exclusive(`writes:${userKey}`),
        async client(purpose) {
          // Throws OboError when Microsoft refuses the exchange.
          const token = await options.graphToken(
            user,
            purpose === "write" ? GRAPH_WRITE_SCOPES : GRAPH_READ_SCOPES
          );
          return new GraphClient({
            baseUrl: options.graphBaseUrl,
            accessToken: async () => token,
            limiter: options.turns.slots(userKey),
            ...options.tuning,
          });
        },
      };
    },
  };
}
