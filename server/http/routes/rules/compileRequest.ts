import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";
import { TARGETS } from "@contracts/rules.js";
import { ruleSchema } from "../../../core/rules/ruleSchema.js";
import { textOfAtMost } from "../../../core/storableText.js";

/** Up to 100 rules with lists of addresses and words: the largest body the service takes. */
export const COMPILE_BODY_LIMIT = 1024 * 1024;

/** The answer's bound: the largest valid rule set compiles to about 5 MB for all six targets. */
export const COMPILE_OUTPUT_LIMIT = 8 * 1024 * 1024;

export const compileRequestSchema = z.strictObject({
  rules: z.array(ruleSchema).min(1, "add at least one rule").max(100, "at most 100 rules"),
  targets: z.array(z.enum(TARGETS)).min(1).max(TARGETS.length).optional(),
  locale: z.enum(LOCALES).optional(),
  /** The user's own addresses: forwarding to anything else is flagged. */
  accounts: z.array(textOfAtMost(320)).max(20).optional(),
  /** The inbox's name in the user's mailbox ("Boîte de réception"): steps a person follows use it. */
  inboxName: textOfAtMost(255).optional(),
});
