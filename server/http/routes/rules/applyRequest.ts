import { z } from "zod";
import { ruleSchema } from "../../../core/rules/ruleSchema.js";

/** The same rule sets as /api/rules/compile. */
export const APPLY_BODY_LIMIT = 1024 * 1024;

export const applyRequestSchema = z.strictObject({
  rules: z.array(ruleSchema).min(1, "add at least one rule").max(100, "at most 100 rules"),
  dryRun: z.boolean({ message: "say dryRun: true to preview, false to apply" }),
});
