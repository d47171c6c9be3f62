// Whether this instance should get traffic (/readyz): every check answers within its time, and the
// instance is not stopping. Liveness (/healthz) asks less: only that the process answers.
import type { Readiness } from "@contracts/health.js";

export interface ReadinessCheck {
  name: "sharedState" | "signingKeys";
  check(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 3000;

export class ReadinessProbe {
  private stopping = false;

  constructor(private readonly checks: ReadinessCheck[]) {}

  /** From now on the instance reports not ready: load balancers stop sending it requests. */
  markStopping(): void {
    this.stopping = true;
  }

  async report(): Promise<Readiness> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), CHECK_TIMEOUT_MS);
        });
        try {
          await Promise.race([check(), timeout]);
          return [name, "ok"] as const;
        } catch {
          return [name, "failing"] as const;
        } finally {
          clearTimeout(timer);
        }
      })
    );
    const checks = Object.fromEntries(results);
    const ready = !this.stopping && results.every(([, result]) => result === "ok");
    return { status: ready ? "ready" : "not_ready", stopping: this.stopping, checks };
  }
}
