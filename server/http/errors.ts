// One error shape for every API failure: {error:{code,message}}. Messages are for people; codes are
// for programs. Stack traces and internal messages never leave the server.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { routePath } from "./routePath.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export const errorBody = (code: string, message: string): ErrorBody => ({
  error: { code, message },
});

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, "not_found", `There is nothing at ${req.method} ${routePath(req)}.`));
};

/** Errors thrown by Express's body parser carry a `type`; map the ones a client can cause. */
const BODY_PARSER_ERRORS: Record<string, [number, string, string]> = {
  "entity.parse.failed": [400, "invalid_json", "The request body is not valid JSON."],
  "entity.too.large": [413, "body_too_large", "The request body is too large."],
  "encoding.unsupported": [
    415,
    "unsupported_encoding",
    "The request body's encoding is not supported.",
  ],
  "charset.unsupported": [
    415,
    "unsupported_charset",
    "The request body's character set is not supported.",
  ],
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof HttpError) {
      res.status(error.status).json(errorBody(error.code, error.message));
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === "string" ? BODY_PARSER_ERRORS[type] : undefined;
    if (known) {
      res.status(known[0]).json(errorBody(known[1], known[2]));
      return;
    }
    logger.error({ err: error, method: req.method, route: routePath(req) }, "unhandled error");
    res
      .status(500)
      .json(
        errorBody("internal", "Something went wrong on our side. Please try again in a moment.")
      );
  };
}
