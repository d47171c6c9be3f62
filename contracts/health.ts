/** `GET /healthz`. `demo` means no Azure app is configured: only the simulated demo mailbox is served. */
export interface Health {
  status: "ok";
  mode: "demo" | "live";
  version: string;
}
