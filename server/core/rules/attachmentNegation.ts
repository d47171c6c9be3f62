// "Has no attachment" for targets whose attachment test only means "has attachments" (Graph's
// hasAttachments predicate, New-InboxRule -HasAttachment, Outlook's Rules Wizard): there,
// `hasAttachments: false` is not a negation but "condition not used", so writing it would silently
// widen the rule to all mail. The negation is moved to the other side instead — "has no attachment"
// becomes the exception "has an attachment", and the exception "has no attachment" becomes the
// condition "has an attachment" — which is exact as long as nothing else shares that side.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import type { CompileContext, Words } from "./compileContext.js";

type AttachmentRewrite =
  | { rule: Rule; moved: "conditions.hasAttachments" | "exceptions.hasAttachments" | null }
  | { field: string; why: Words };

const without = (conditions: RuleConditions): RuleConditions => {
  const { hasAttachments: _dropped, ...rest } = conditions;
  return rest;
};
const isEmpty = (conditions: RuleConditions | undefined) =>
  !conditions || Object.keys(conditions).length === 0;

const CANNOT: Words = {
  en: 'this format\'s attachment test only means "has attachments", and "has no attachment" cannot be moved to the exceptions of a rule that already has other exceptions.',
  fr: "le test de pièce jointe de ce format signifie seulement « contient des pièces jointes », et « sans pièce jointe » ne peut pas devenir une exception d’une règle qui en a déjà d’autres.",
};
const NEVER: Words = {
  en: 'the rule asks for "no attachment" both as a condition and as an exception, so it could never apply.',
  fr: "la règle demande « sans pièce jointe » à la fois comme condition et comme exception : elle ne s’appliquerait jamais.",
};

function rewrite(rule: Rule): AttachmentRewrite {
  const conditions = rule.conditions ?? {};
  const exceptions = rule.exceptions;
  if (conditions.hasAttachments === false) {
    if (exceptions?.hasAttachments === false)
      return { field: "conditions.hasAttachments", why: NEVER };
    if (!isEmpty(exceptions && without(exceptions)))
      return { field: "conditions.hasAttachments", why: CANNOT };
    return {
      rule: { ...rule, conditions: without(conditions), exceptions: { hasAttachments: true } },
      moved: "conditions.hasAttachments",
    };
  }
  if (exceptions?.hasAttachments === false) {
    if (!isEmpty(without(exceptions))) return { field: "exceptions.hasAttachments", why: CANNOT };
    const { exceptions: _dropped, ...rest } = rule;
    return {
      rule: { ...rest, conditions: { ...conditions, hasAttachments: true } },
      moved: "exceptions.hasAttachments",
    };
  }
  return { rule, moved: null };
}

const MOVED: Record<string, Words> = {
  "conditions.hasAttachments": {
    en: '"has no attachment" is written as the exception "has an attachment", the only way this format says it.',
    fr: "« sans pièce jointe » est écrit comme l’exception « contient une pièce jointe », seule façon de le dire dans ce format.",
  },
  "exceptions.hasAttachments": {
    en: 'the exception "has no attachment" is written as the condition "has an attachment", the only way this format says it.',
    fr: "l’exception « sans pièce jointe » est écrite comme la condition « contient une pièce jointe », seule façon de le dire dans ce format.",
  },
};

/** The rule with no negated attachment test, or null when that cannot be said (left out, with a warning). */
export function withoutAttachmentNegation(rule: Rule, context: CompileContext): Rule | null {
  const result = rewrite(rule);
  if ("why" in result) {
    context.leftOut(rule, result.field, result.why);
    return null;
  }
  if (result.moved) context.note(rule, result.moved, MOVED[result.moved]!);
  return result.rule;
}
