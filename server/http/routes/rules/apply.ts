// POST /api/rules/apply: server-side rules through Graph, dry run first.
import { Router } from "express";
import { applyRules, RulesNotAvailableError } from "../../../graph/applyRules.js";
import type { MailboxAccess } from "../../../graph/mailboxAccess.js";
import { HttpError } from "../../errors.js";
import { validate } from "../../validate.js";
import { applyRequestSchema } from "./applyRequest.js";

export function applyRoutes(access: MailboxAccess): Router {
  const router = Router();
  router.post("/rules/apply", async (req, res) => {
    const request = validate(applyRequestSchema, req.body, "rule set");
    const client = await access.clientFor(req, request.dryRun ? "read" : "write");
    try {
      res
        .setHeader("Cache-Control", "no-store")
        .json(await applyRules(client, request.rules, request.dryRun));
    } catch (error) {
      if (error instanceof RulesNotAvailableError) {
        throw new HttpError(
          409,
          "rules_not_available",
          "Microsoft does not let apps manage inbox rules for this mailbox. Use the generated rule files instead (Outlook steps, Thunderbird, Sieve, Gmail)."
        );
      }
      throw error;
    }
  });
  return router;
}
