// Validation of rule sets. Strings may be any well-formed Unicode (quotes, backslashes, newlines, emoji,
// right-to-left text): each compiler makes them safe for its format. What no format can carry (NUL,
// lone surrogates) is refused here with the path of the field. There is no delete action, on purpose.
import { z } from "zod";
import { parseEmail } from "../providers/lookup.js";
import { storableText } from "../storableText.js";

const text = storableText(
  z.string().min(1, "must not be empty").max(500, "must be at most 500 characters")
);

const email = z
  .string()
  .max(320, "must be at most 320 characters")
  .refine((value) => {
    try {
      parseEmail(value);
    } catch {
      return false;
    }
    return true;
  }, "is not an email address")
  .transform((value) => value.trim());

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, "must not be empty when given").max(50, "must have at most 50 entries");
const folderPath = z
  .array(text.refine((segment) => segment.trim().length > 0, "a folder name cannot be blank"))
  .min(1, "must name at least one folder")
  .max(10, "must name at most 10 folders");

const conditions = z.strictObject({
  fromAddresses: list(email).optional(),
  sentToAddresses: list(email).optional(),
  subjectContains: list(text).optional(),
  bodyContains: list(text).optional(),
  headerContains: list(text).optional(),
  hasAttachments: z.boolean().optional(),
  receivedThroughAccount: email.optional(),
});

const actions = z
  .strictObject({
    moveToFolder: folderPath.optional(),
    copyToFolder: folderPath.optional(),
    markAsRead: z.boolean().optional(),
    assignCategories: list(text).optional(),
    forwardTo: list(email).optional(),
    stopProcessingRules: z.boolean().optional(),
  })
  .refine(
    (value) =>
      Boolean(
        value.moveToFolder ||
        value.copyToFolder ||
        value.markAsRead ||
        value.assignCategories ||
        value.forwardTo
      ),
    "needs at least one action (move, copy, mark as read, categorise or forward); deleting mail is not offered"
  );

export const ruleSchema = z.strictObject({
  name: text.max(200, "must be at most 200 characters"),
  enabled: z.boolean().optional(),
  conditions: conditions.optional(),
  exceptions: conditions.optional(),
  actions,
});

export const ruleSetSchema = z.strictObject({
  rules: z.array(ruleSchema).min(1, "add at least one rule").max(100, "at most 100 rules"),
});
