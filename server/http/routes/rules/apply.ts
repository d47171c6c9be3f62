// POST /api/rules/apply: server-side rules through Graph, dry run first. Applies to one mailbox take
// turns, across instances: each plans from what the previous one left, so a rule is made once even
// when the same apply arrives twice at once (a retry after a dropped connection, two tabs).
import { Router } from "express";
import { applyRules, RulesNotAvailableError } from "../../../graph/applyRules.js";
import { mailboxClient, sessionOf } from "../../mailboxSession.js";
import { ServiceError } from "../../serviceError.js";
import { validate } from "../../validate.js";
import { APPLY_BODY_LIMIT, applyRequestSchema } from "./applyRequest.js";
import { jsonBody } from "../../jsonBody.js";

export function applyRoutes(): Router {
  const router = Router();
  router.post("/rules/apply", jsonBody(APPLY_BODY_LIMIT), async (req, res) => {
    const request = validate(applyRequestSchema, req.body, "body");
    const client = await mailboxClient(res, request.dryRun ? "read" : "write");
    const apply = () => applyRules(client, request.rules, request.dryRun);
    try {
      res.json(await (request.dryRun ? apply() : sessionOf(res).writes.run(apply)));
    } catch (error) {
      if (error instanceof RulesNotAvailableError) throw new ServiceError("rules_not_available");
      throw error;
    }
  });
  return router;
}
