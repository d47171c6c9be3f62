// How a request gets a Graph client for the right mailbox. Live: the bearer token is validated,
// then exchanged On-Behalf-Of the user; nothing reaches Graph before the token is proven good.
// Demo: no sign-in, and the only mailbox reachable is the simulated demo mailbox.
import type { Request } from "express";
import { HttpError } from "../http/errors.js";
import { AuthError, type TokenValidator } from "../auth/tokenValidator.js";
import {
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
  OboError,
  type GraphTokenProvider,
} from "../auth/graphTokenProvider.js";
import { GraphClient, type GraphClientOptions } from "./graphClient.js";
import { mailboxLimiter } from "./limiter.js";

/** read: the diagnosis; write: applying rules (folders and inbox rules). */
export type MailboxPurpose = "read" | "write";

export interface MailboxAccess {
  clientFor(req: Request, purpose: MailboxPurpose): Promise<GraphClient>;
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
    async clientFor(req, purpose) {
      let user;
      try {
        user = await options.validate(req.headers.authorization);
      } catch (error) {
        if (error instanceof AuthError) throw new HttpError(401, "unauthorized", error.message);
        throw error;
      }
      let token: string;
      try {
        token = await options.graphToken(
          user,
          purpose === "write" ? GRAPH_WRITE_SCOPES : GRAPH_READ_SCOPES
        );
      } catch (error) {
        if (error instanceof OboError && error.consentRequired) {
          throw new HttpError(
            403,
            "consent_required",
            purpose === "write"
              ? "MailBridge needs your permission to create folders and inbox rules in your mailbox. Sign in again to give it."
              : "MailBridge needs your permission to read your mailbox's folders, rules and settings. Sign in again to give it."
          );
        }
        if (error instanceof OboError)
          throw new HttpError(
            502,
            "token_exchange_failed",
            `Microsoft did not grant MailBridge access to your mailbox (${error.message}). Sign in again, or ask your administrator to consent to MailBridge.`
          );
        throw error;
      }
      return new GraphClient({
        baseUrl: options.graphBaseUrl,
        accessToken: async () => token,
        limiter: mailboxLimiter(`${user.tid}:${user.oid}`),
        ...options.tuning,
      });
    },
  };
}

export function demoMailboxAccess(options: {
  graphBaseUrl: string;
  demoToken: string;
  tuning?: ClientTuning;
}): MailboxAccess {
  return {
    async clientFor() {
      return new GraphClient({
        baseUrl: options.graphBaseUrl,
        accessToken: async () => options.demoToken,
        limiter: mailboxLimiter("demo"),
        ...options.tuning,
      });
    },
  };
}
