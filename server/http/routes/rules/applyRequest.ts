import { z } from "zod";
import { ruleSchema } from "../../../core/rules/ruleSchema.js";

export const applyRequestSchema = z.strictObject({
  rules: z.array(ruleSchema).min(1, "add at least one rule").max(100, "at most 100 rules"),
  dryRun: z.boolean({ message: "say dryRun: true to preview, false to apply" }),
});
