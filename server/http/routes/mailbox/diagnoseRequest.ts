import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";

/** A locale and a number. */
export const MAILBOX_DIAGNOSE_BODY_LIMIT = 1024;

export const mailboxDiagnoseRequestSchema = z.strictObject({
  locale: z.enum(LOCALES).optional(),
  /** The user's plan: 15 GB free Outlook.com, 50/100 GB with Microsoft 365. Graph cannot tell us. */
  quotaGb: z.number().int().min(1).max(2000).optional(),
});
