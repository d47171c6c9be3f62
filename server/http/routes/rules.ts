// POST /api/rules/compile: one rule set in, one artifact per target out, with what each target loses.
import { Router } from "express";
import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";
import { TARGETS } from "@contracts/rules.js";
import { compileRules } from "../../core/rules/compileRules.js";
import { ruleSchema } from "../../core/rules/ruleSchema.js";
import { requestLocale } from "../requestLocale.js";
import { validate } from "../validate.js";

const compileRequest = z.strictObject({
  rules: z.array(ruleSchema).min(1, "add at least one rule").max(100, "at most 100 rules"),
  targets: z.array(z.enum(TARGETS)).min(1).max(TARGETS.length).optional(),
  locale: z.enum(LOCALES).optional(),
  /** The user's own addresses: forwarding to anything else is flagged. */
  accounts: z.array(z.string().max(320)).max(20).optional(),
});

export function ruleRoutes(): Router {
  const router = Router();
  router.post("/rules/compile", (req, res) => {
    const request = validate(compileRequest, req.body, "rule set");
    const locale = requestLocale(req, request.locale);
    res.json(
      compileRules(request.rules, {
        locale,
        ...(request.targets ? { targets: request.targets } : {}),
        ownAddresses: request.accounts ?? [],
      })
    );
  });
  return router;
}
