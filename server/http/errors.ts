// One error shape for every API failure: {error:{code,message,details?}} (contracts/serviceErrors.ts).
// A client's mistake is recorded only in the request's log line (with its code); a fault on our
// side or Microsoft's is logged as a warning; anything unexpected is logged with its stack and
// answered as `internal`. Stack traces and internal messages never leave the server.
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import type { ServiceErrorCode } from "@contracts/serviceErrors.js";
import { routePath } from "./routePath.js";
import { ServiceError } from "./serviceError.js";
import { fromGraphError } from "./graphErrors.js";
import { SharedStateUnavailableError } from "../state/sharedStateError.js";

/** Redis coming back takes seconds; a mailbox's turn, about as long as a diagnosis. */
const STATE_RETRY_AFTER_SECONDS = 5;
const BUSY_RETRY_AFTER_SECONDS = 30;

/** Shared state that failed the request: a 503 saying when to try again. */
function fromSharedStateError(error: unknown): ServiceError | null {
  if (!(error instanceof SharedStateUnavailableError)) return null;
  return error.reason === "busy"
    ? new ServiceError("mailbox_busy", { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS })
    : new ServiceError("temporarily_unavailable", {
        retryAfterSeconds: STATE_RETRY_AFTER_SECONDS,
      });
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new ServiceError("not_found", { method: req.method, path: routePath(req) }));
};

/** The code of the error a response carries, for the request's log line. */
export const errorCodeOf = (res: Response): ServiceErrorCode | undefined =>
  res.locals.errorCode as ServiceErrorCode | undefined;

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let answer: ServiceError;
    const known =
      error instanceof ServiceError
        ? error
        : (fromGraphError(error) ?? fromSharedStateError(error));
    if (known) {
      answer = known;
      if (answer.reportable)
        logger.warn({ code: answer.code, route: routePath(req) }, answer.message);
    } else {
      answer = new ServiceError("internal");
      logger.error({ err: error, method: req.method, route: routePath(req) }, "unhandled error");
    }
    res.locals.errorCode = answer.code;
    if (res.headersSent) return void res.end();
    const details = answer.details as { retryAfterSeconds?: number } | undefined;
    if (details?.retryAfterSeconds !== undefined)
      res.setHeader("Retry-After", String(details.retryAfterSeconds));
    res.status(answer.status).json(answer.toBody());
  };
}
