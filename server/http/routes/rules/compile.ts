// POST /api/rules/compile: one rule set in, one artifact per target out, with what each target loses.
import { Router } from "express";
import { compileRules } from "../../../core/rules/compileRules.js";
import { requestLocale } from "../../requestLocale.js";
import { validate } from "../../validate.js";
import { COMPILE_BODY_LIMIT, compileRequestSchema } from "./compileRequest.js";
import { jsonBody } from "../../jsonBody.js";

export function compileRoutes(): Router {
  const router = Router();
  router.post("/rules/compile", jsonBody(COMPILE_BODY_LIMIT), (req, res) => {
    const request = validate(compileRequestSchema, req.body, "body");
    const locale = requestLocale(req, request.locale);
    res.json(
      compileRules(request.rules, {
        locale,
        ...(request.targets ? { targets: request.targets } : {}),
        ownAddresses: request.accounts ?? [],
        ...(request.inboxName ? { inboxName: request.inboxName } : {}),
      })
    );
  });
  return router;
}
