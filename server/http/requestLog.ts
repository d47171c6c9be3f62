import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { errorCodeOf } from "./errors.js";
import { routePath } from "./routePath.js";

/**
 * One line per request: its id, method, route without query string, status, the error code if any,
 * duration, and whether the client hung up before the answer was sent. Nothing else.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once("close", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const code = errorCodeOf(res);
      logger.info(
        {
          // Set here: a socket's close event runs outside the request's context.
          requestId: res.locals.requestId as string | undefined,
          method: req.method,
          route: routePath(req),
          status: res.statusCode,
          ...(code ? { code } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
          ms: Math.round(ms * 10) / 10,
        },
        "request"
      );
    });
    next();
  };
}
