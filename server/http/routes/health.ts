import { Router } from "express";
import type { Health } from "@contracts/health.js";
import type { Mode } from "../../config.js";

export function healthRoutes(mode: Mode, version: string): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    const body: Health = { status: "ok", mode, version };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
