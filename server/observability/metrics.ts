// Prometheus metrics (prom-client), in a registry of the app's own: HTTP requests and their latency,
// Graph calls, throttling and latency, and token cache hits. Labels are bounded: routes are the app's
// route patterns, never paths as sent; Graph outcomes are status codes.
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { TokenSource } from "../auth/graphTokenProvider.js";

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: "mailbridge_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: "mailbridge_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method and route pattern.",
    labelNames: ["method", "route"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly graphRequests = new Counter({
    name: "mailbridge_graph_requests_total",
    help: "HTTP requests sent to Microsoft Graph, by the status answered (0: no answer in time).",
    labelNames: ["status"] as const,
    registers: [this.registry],
  });
  readonly graphThrottled = new Counter({
    name: "mailbridge_graph_throttled_total",
    help: "Graph answers that asked us to slow down (429, 503, 504).",
    registers: [this.registry],
  });
  readonly graphDuration = new Histogram({
    name: "mailbridge_graph_request_duration_seconds",
    help: "Time of one Graph request, including the wait for the mailbox's turn.",
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: "mailbridge_graph_tokens_total",
    help: "Graph tokens handed out, by source: the token cache (a hit) or an On-Behalf-Of exchange (a miss).",
    labelNames: ["source"] as const,
    registers: [this.registry],
  });

  /** With the process's own metrics (CPU, memory, event loop lag): once per process, in main. */
  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics)
      collectDefaultMetrics({ register: this.registry, prefix: "mailbridge_" });
  }

  readonly observeGraph = ({ status, seconds }: { status: number; seconds: number }): void => {
    this.graphRequests.inc({ status: String(status) });
    if ([429, 503, 504].includes(status)) this.graphThrottled.inc();
    this.graphDuration.observe(seconds);
  };

  readonly observeToken = (source: TokenSource): void => {
    this.tokens.inc({ source });
  };
}
