// /metrics on a port of its own (METRICS_PORT), so Prometheus can scrape it inside the network while
// the public port never shows it. Nothing else is served there.
import http from "node:http";
import type { Metrics } from "./metrics.js";

export function createMetricsServer(metrics: Metrics): http.Server {
  return http.createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found: see /metrics\n");
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { "Content-Type": metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { "Content-Type": "text/plain" }).end("metrics unavailable\n")
    );
  });
}
