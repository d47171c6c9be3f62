// Counts and times every request for Prometheus. The route label is the route pattern that answered
// ("/api/rules/compile"), or "other" (static files, unknown paths): never the path as sent, which
// would let any caller create new series.
import type { Request, RequestHandler } from "express";
import type { Metrics } from "../observability/metrics.js";

const routeLabel = (req: Request): string => {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern !== "string") return "other";
  return req.originalUrl.startsWith("/api/") ? `/api${pattern}` : pattern;
};

export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.once("close", () => {
      const route = routeLabel(req);
      stop({ method: req.method, route });
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
