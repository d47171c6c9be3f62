// How a request reaches the right mailbox. Live: the bearer token is validated first (open), then
// exchanged On-Behalf-Of the user for each client (nothing reaches Graph before the token is proven
// good). Demo: no sign-in, and the only mailbox reachable is the simulated demo mailbox.
// Failures are the identity edge's own errors (AuthError, TenantNotAllowedError, OboError); the
// HTTP edge decides what they become for a client.
import type { TokenValidator } from "../auth/tokenValidator.js";
import {
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
  type GraphTokenProvider,
} from "../auth/graphTokenProvider.js";
import { GraphClient, type GraphClientOptions } from "./graphClient.js";
import { mailboxLimiter } from "./limiter.js";

/** read: the diagnosis; write: applying rules (folders and inbox rules). */
export type MailboxPurpose = "read" | "write";

/** A caller whose token has been checked, and the mailbox it may reach. */
export interface MailboxSession {
  /** The signed-in user as `tid:oid`; null in demo mode, where nobody signs in. */
  readonly userKey: string | null;
  client(purpose: MailboxPurpose): Promise<GraphClient>;
}

export interface MailboxAccess {
  /** Checks the request's Authorization header (live mode); throws AuthError or TenantNotAllowedError. */
  open(authorizationHeader: string | undefined): Promise<MailboxSession>;
}

type ClientTuning = Pick<
  GraphClientOptions,
  "timeoutMs" | "maxRetries" | "maxRetryAfterMs" | "backoffMs"
>;

export function liveMailboxAccess(options: {
  graphBaseUrl: string;
  validate: TokenValidator;
  graphToken: GraphTokenProvider;
  tuning?: ClientTuning;
}): MailboxAccess {
  return {
    async open(authorizationHeader) {
      const user = await options.validate(authorizationHeader);
      const userKey = `${user.tid}:${user.oid}`;
      return {
        userKey,
        async client(purpose) {
          // Throws OboError when Microsoft refuses the exchange.
          const token = await options.graphToken(
            user,
            purpose === "write" ? GRAPH_WRITE_SCOPES : GRAPH_READ_SCOPES
          );
          return new GraphClient({
            baseUrl: options.graphBaseUrl,
            accessToken: async () => token,
            limiter: mailboxLimiter(userKey),
            ...options.tuning,
          });
        },
      };
    },
  };
}

export function demoMailboxAccess(options: {
  graphBaseUrl: string;
  demoToken: string;
  tuning?: ClientTuning;
}): MailboxAccess {
  const session: MailboxSession = {
    userKey: null,
    async client() {
      return new GraphClient({
        baseUrl: options.graphBaseUrl,
        accessToken: async () => options.demoToken,
        limiter: mailboxLimiter("demo"),
        ...options.tuning,
      });
    },
  };
  return { open: async () => session };
}
