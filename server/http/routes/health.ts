// GET /healthz: the process answers (liveness). GET /readyz: this instance should get traffic — its
// shared state and Microsoft's signing keys answer, and it is not stopping (readiness; 503 if not).
import { Router } from "express";
import type { Health } from "@contracts/health.js";
import type { Mode } from "../../config.js";
import type { ReadinessProbe } from "../../readiness.js";

export function healthRoutes(mode: Mode, version: string, readiness: ReadinessProbe): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    const body: Health = { status: "ok", mode, version };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  router.get("/readyz", async (_req, res) => {
    const report = await readiness.report();
    res
      .status(report.status === "ready" ? 200 : 503)
      .setHeader("Cache-Control", "no-store")
      .json(report);
  });
  return router;
}
