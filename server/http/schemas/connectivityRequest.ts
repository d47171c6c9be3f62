import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";

export const outlookDiscoveryRequestSchema = z.strictObject({
  email: z
    .string()
    .min(3, "must be at least 3 characters")
    .max(320, "must be at most 320 characters"),
  locale: z.enum(LOCALES).optional(),
});

export const imapTestRequestSchema = z.strictObject({
  locale: z.enum(LOCALES).optional(),
});
