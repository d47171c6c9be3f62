import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { routePath } from "./routePath.js";

/** One line per request: method, route without query string, status, duration. Nothing else. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: req.method,
          route: routePath(req),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request"
      );
    });
    next();
  };
}
