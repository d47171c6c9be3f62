import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";
import { ACCOUNT_TYPES, MAILBOX_REQUIREMENT_SETS } from "@contracts/accountSnapshot.js";
import { textOfAtMost as text } from "../../core/storableText.js";

export const accountSnapshotSchema = z.strictObject({
  mode: z.enum(["outlook", "standalone"]),
  emailAddress: text(320).nullable(),
  displayName: text(256).nullable(),
  accountType: z.enum(ACCOUNT_TYPES).nullable(),
  host: z.strictObject({
    name: text(64).nullable(),
    version: text(64).nullable(),
    platform: text(32).nullable(),
  }),
  displayLanguage: text(35),
  requirementSets: z
    .array(
      z.strictObject({
        name: z.literal("Mailbox"),
        version: z.enum(MAILBOX_REQUIREMENT_SETS),
        supported: z.boolean(),
      })
    )
    .max(MAILBOX_REQUIREMENT_SETS.length),
});

/** A snapshot is a few hundred characters: 16 KB leaves room for any valid one, in any script. */
export const DIAGNOSE_BODY_LIMIT = 16 * 1024;

export const diagnoseRequestSchema = z.strictObject({
  snapshot: accountSnapshotSchema,
  email: text(320).optional(),
  answers: z
    .strictObject({
      usedPop3: z.boolean().optional(),
      hasPstFiles: z.boolean().optional(),
      outlookOpens: z.boolean().optional(),
      wantsThirdPartyClient: z.boolean().optional(),
    })
    .optional(),
  locale: z.enum(LOCALES).optional(),
});
