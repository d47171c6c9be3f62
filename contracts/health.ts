/** `GET /healthz`. `demo` means no Azure app is configured: only the simulated demo mailbox is served. */
export interface Health {
  status: "ok";
  mode: "demo" | "live";
  version: string;
}

/**
 * `GET /readyz`: 200 when this instance should get traffic, 503 otherwise. Checks: the shared state
 * (Redis, when configured) and Microsoft's signing keys (live mode); none in demo mode.
 */
export interface Readiness {
  status: "ready" | "not_ready";
  /** Shutting down: finishing requests in flight, taking no new ones. */
  stopping: boolean;
  checks: Partial<Record<"sharedState" | "signingKeys", "ok" | "failing">>;
}
