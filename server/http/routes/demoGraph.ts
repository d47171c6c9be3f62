// Demo mode only: the visitors' Graph simulator, reachable from the taskpane at /demo-graph/v1.0/*
// (and its upload URLs at /demo-graph/upload/*), so the .pst importer talks to "Graph" from the
// browser exactly as it does in live mode. The page's bearer token is its demo visitor id (the one
// it sends the API as X-MailBridge-Visitor); the visitor's mailbox token replaces it here and is
// never given to the page. Absolute URLs in answers (next pages, upload URLs) are rewritten to come back
// through this route. In live mode this route does not exist and mail goes from the browser straight
// to Microsoft: only the demo mailbox's made-up mail ever passes through the service.
import http from "node:http";
import { Router, type Request } from "express";
import { InvalidVisitorError } from "../../demoVisitors.js";

export interface DemoGraph {
  /** The simulator's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The simulator's token for a visitor's mailbox; throws InvalidVisitorError. */
  tokenFor(visitor: string | undefined): string;
}

export const DEMO_GRAPH_PREFIX = "/demo-graph";
/** Longer than any answer the simulator gives on purpose (its slowest faults last seconds). */
const DEMO_GRAPH_TIMEOUT_MS = 60_000;

export function demoGraphRoutes(demo: DemoGraph): Router {
  const router = Router();
  router.use(DEMO_GRAPH_PREFIX, (req, res) => {
    const upstream = new URL(req.url, demo.origin);
    const isUpload = upstream.pathname.startsWith("/upload/");
    if (!isUpload && !upstream.pathname.startsWith("/v1.0/")) {
      res.status(404).json({ error: { code: "not_found", message: "Not a demo Graph path." } });
      return;
    }
    const headers: http.OutgoingHttpHeaders = {};
    for (const name of ["content-type", "content-range", "content-length", "accept"]) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    // Graph calls carry the visitor's mailbox token; upload URLs are pre-authenticated, as
    // Microsoft's are.
    if (!isUpload) {
      const visitor = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      try {
        headers.authorization = `Bearer ${demo.tokenFor(visitor)}`;
      } catch (error) {
        if (!(error instanceof InvalidVisitorError)) throw error;
        res.status(401).json({
          error: { code: "InvalidAuthenticationToken", message: error.message },
        });
        return;
      }
    }
    const forward = http.request(upstream, { method: req.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const base = publicBase(req);
        const body = Buffer.concat(chunks).toString("utf8").split(demo.origin).join(base);
        const location = answer.headers.location?.split(demo.origin).join(base);
        res.status(answer.statusCode ?? 502);
        for (const name of ["content-type", "retry-after"])
          if (answer.headers[name]) res.setHeader(name, answer.headers[name]);
        if (location) res.setHeader("location", location);
        res.end(body);
      });
      answer.on("error", () => res.destroy());
    });
    // A connection the simulator drops (an injected fault) is dropped here too; one that never
    // answers is given up, as Graph's own front end gives up (504).
    forward.setTimeout(DEMO_GRAPH_TIMEOUT_MS, () => {
      forward.destroy();
      if (!res.headersSent)
        res.status(504).json({
          error: { code: "GatewayTimeout", message: "The demo mailbox did not answer in time." },
        });
    });
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  return router;
}

function publicBase(req: Request): string {
  return `${req.protocol}://${req.headers.host ?? "localhost"}${DEMO_GRAPH_PREFIX}`;
}
