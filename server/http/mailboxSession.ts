// The door of the mailbox endpoints. The caller's token is checked first, before the body is read
// and before the per-user rate limit (which counts by the user the token names); then each route
// asks for a Graph client for its purpose (in demo mode, for the visitor's own demo mailbox). What
// the identity edge refuses becomes an HTTP answer here: 401 with an RFC 6750 challenge (the
// taskpane fetches a fresh token), 403 for a tenant not served or a consent not given, 502 when
// Microsoft refuses the exchange for another reason, 400 for a malformed demo visitor id.
import type { RequestHandler, Response } from "express";
import type { MailboxAccess, MailboxPurpose, MailboxSession } from "../graph/mailboxAccess.js";
import type { GraphClient } from "../graph/graphClient.js";
import { AuthError, TenantNotAllowedError } from "../auth/tokenValidator.js";
import { OboError } from "../auth/graphTokenProvider.js";
import type { UnauthorizedReason } from "@contracts/serviceErrors.js";
import type { ConsentPurpose } from "@contracts/signIn.js";
import { ServiceError } from "./serviceError.js";
import { InvalidVisitorError, VISITOR_HEADER } from "../demoVisitors.js";

export const REALM = "MailBridge";

/** RFC 6750 section 3: no error code when no token was sent; invalid_token otherwise. */
function challenge(res: Response, reason: UnauthorizedReason, description: string): void {
  const quoted = description.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "");
  res.setHeader(
    "WWW-Authenticate",
    reason === "missing_token"
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="invalid_token", error_description="${quoted}"`
  );
}

/**
 * What a refusal of the identity edge becomes for the client, or null for another error: 401 with
 * an RFC 6750 challenge (the taskpane fetches a fresh token), 403 for a tenant not served or a
 * consent not given (for `purpose`), 502 when Microsoft refuses the exchange for another reason.
 */
export function identityFailure(
  res: Response,
  error: unknown,
  purpose: ConsentPurpose
): ServiceError | null {
  if (error instanceof AuthError) {
    challenge(res, error.reason, error.message);
    return new ServiceError("unauthorized", { reason: error.reason });
  }
  if (error instanceof TenantNotAllowedError) return new ServiceError("tenant_not_allowed");
  if (!(error instanceof OboError)) return null;
  if (error.failure === "consent_required")
    return new ServiceError("consent_required", { purpose });
  if (error.failure === "assertion_expired") {
    challenge(res, "expired_token", "The token expired before Microsoft could exchange it.");
    return new ServiceError("unauthorized", { reason: "expired_token" });
  }
  return new ServiceError("token_exchange_failed", { reason: error.code });
}

export function mailboxSession(access: MailboxAccess): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.mailboxSession = await access.open({
        authorization: req.headers.authorization,
        visitor: req.get(VISITOR_HEADER),
      });
    } catch (error) {
      if (error instanceof InvalidVisitorError) return next(new ServiceError("invalid_visitor"));
      return next(identityFailure(res, error, "read") ?? error);
    }
    next();
  };
}

/** The session `mailboxSession` opened for this request. */
export const sessionOf = (res: Response): MailboxSession =>
  res.locals.mailboxSession as MailboxSession;

/** A Graph client for the signed-in user's mailbox, On-Behalf-Of them for this purpose. */
export async function mailboxClient(res: Response, purpose: MailboxPurpose): Promise<GraphClient> {
  try {
    return await sessionOf(res).client(purpose);
  } catch (error) {
    throw identityFailure(res, error, purpose) ?? error;
  }
}
