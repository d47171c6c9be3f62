import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";
import { textOfAtMost } from "../../core/storableText.js";

/** An address and a language: a few hundred bytes. */
export const CONNECTIVITY_BODY_LIMIT = 4 * 1024;

export const outlookDiscoveryRequestSchema = z.strictObject({
  email: textOfAtMost(320),
  locale: z.enum(LOCALES).optional(),
});

export const imapTestRequestSchema = z.strictObject({
  locale: z.enum(LOCALES).optional(),
});
