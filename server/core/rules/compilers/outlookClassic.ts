// Numbered Rules Wizard steps for classic Outlook on Windows, with its menu and condition labels in
// the user's language. It is the only target that has "through the specified account".
import type { RuleConditions } from "@contracts/rules.js";
import type { CompileContext, TargetCompiler, Words } from "../compileContext.js";
import { withoutAttachmentNegation } from "../attachmentNegation.js";

const LABELS: Record<string, Words> = {
  fromAddresses: { en: "from people or public group", fr: "de personnes ou groupe public" },
  sentToAddresses: {
    en: "sent to people or public group",
    fr: "envoyé à personnes ou groupe public",
  },
  subjectContains: {
    en: "with specific words in the subject",
    fr: "avec des mots spécifiques dans l’objet",
  },
  bodyContains: {
    en: "with specific words in the body",
    fr: "avec des mots spécifiques dans le corps du message",
  },
  headerContains: {
    en: "with specific words in the message header",
    fr: "avec des mots spécifiques dans l’en-tête du message",
  },
  hasAttachments: { en: "which has an attachment", fr: "qui contient une pièce jointe" },
  receivedThroughAccount: { en: "through the specified account", fr: "via le compte spécifié" },
  moveToFolder: {
    en: "move it to the specified folder",
    fr: "la déplacer dans le dossier spécifié",
  },
  copyToFolder: {
    en: "move a copy to the specified folder",
    fr: "déplacer une copie vers le dossier spécifié",
  },
  markAsRead: { en: "mark it as read", fr: "la marquer comme lue" },
  assignCategories: {
    en: "assign it to the category category",
    fr: "l’affecter à la catégorie catégorie",
  },
  forwardTo: {
    en: "forward it to people or public group",
    fr: "la transférer à personnes ou groupe public",
  },
  stopProcessingRules: {
    en: "stop processing more rules",
    fr: "arrêter de traiter plus de règles",
  },
};

const TEXT: Record<string, Words> = {
  open: {
    en: "File > Manage Rules & Alerts > New Rule…",
    fr: "Fichier > Gérer les règles et alertes > Nouvelle règle…",
  },
  blank: {
    en: "Under Start from a blank rule, choose Apply rule on messages I receive, then Next.",
    fr: "Sous Démarrer à partir d’une règle vide, choisissez Appliquer la règle aux messages que je reçois, puis Suivant.",
  },
  conditions: {
    en: "Tick the conditions and click each underlined value to enter it:",
    fr: "Cochez les conditions et cliquez sur chaque valeur soulignée pour la saisir :",
  },
  noCondition: {
    en: "Tick no condition (Outlook asks to confirm the rule applies to every message: Yes).",
    fr: "Ne cochez aucune condition (Outlook demande de confirmer que la règle s’applique à tous les messages : Oui).",
  },
  actions: { en: "Next. Tick the actions:", fr: "Suivant. Cochez les actions :" },
  exceptions: {
    en: 'Next. Tick the exceptions ("except if …"):',
    fr: "Suivant. Cochez les exceptions (« sauf si … ») :",
  },
  noException: { en: "Next. No exception.", fr: "Suivant. Aucune exception." },
  finish: { en: "Next. Name the rule", fr: "Suivant. Nommez la règle" },
  turnOn: { en: "tick Turn on this rule", fr: "cochez Activer cette règle" },
  leaveOff: {
    en: "untick Turn on this rule (it stays disabled)",
    fr: "décochez Activer cette règle (elle reste désactivée)",
  },
  done: { en: "then Finish.", fr: "puis Terminer." },
  except: { en: "except if", fr: "sauf si" },
  inFolder: { en: "folder", fr: "dossier" },
};

/** French puts a space before the colon. */
const colon = (context: CompileContext) => (context.locale === "fr" ? " : " : ": ");

/** Values in typographic quotes, so spaces and punctuation are visibly part of them. */
const quoted = (value: string, context: CompileContext) =>
  context.locale === "fr" ? `« ${value} »` : `“${value}”`;

function conditionLines(
  conditions: RuleConditions,
  context: CompileContext,
  prefix: string
): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(conditions)) {
    if (value === undefined) continue;
    const label = `${prefix}${context.words(LABELS[field]!)}`;
    if (value === true) {
      lines.push(`   - ${label}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    lines.push(
      `   - ${label}${colon(context)}${values.map((entry) => quoted(String(entry), context)).join(context.locale === "fr" ? " ; " : "; ")}`
    );
  }
  return lines;
}

export const outlookClassicCompiler: TargetCompiler = {
  target: "outlook-classic",
  filename: "outlook-rules-steps.txt",
  mediaType: "text/plain; charset=utf-8",
  compile(rules, context) {
    const sections: string[] = [];
    for (const original of rules) {
      // The wizard's attachment condition only says "which has an attachment".
      const rule = withoutAttachmentNegation(original, context);
      if (!rule) continue;
      // Everything the wizard asks to type; booleans and absent fields read as text have no line break.
      const typed = [
        rule.name,
        Object.values(rule.conditions ?? {}),
        Object.values(rule.exceptions ?? {}),
        rule.actions.assignCategories,
        rule.actions.moveToFolder,
        rule.actions.copyToFolder,
      ].flat(2);
      if (typed.some((value) => /[\r\n]/.test(String(value)))) {
        context.leftOut(rule, "name", {
          en: "Outlook's Rules Wizard cannot take line breaks in names or words.",
          fr: "l’assistant Règles d’Outlook n’accepte pas de retour à la ligne dans les noms ou les mots.",
        });
        continue;
      }
      const { actions } = rule;
      const actionLines: string[] = [];
      for (const field of ["moveToFolder", "copyToFolder"] as const) {
        const path = actions[field];
        if (path)
          actionLines.push(
            `   - ${context.words(LABELS[field]!)}${colon(context)}${context.words(TEXT.inFolder!)} ${context
              .folderPathForPeople(path)
              .map((segment) => quoted(segment, context))
              .join(" > ")}`
          );
      }
      if (actions.markAsRead) actionLines.push(`   - ${context.words(LABELS.markAsRead!)}`);
      if (actions.assignCategories)
        actionLines.push(
          `   - ${context.words(LABELS.assignCategories!)}${colon(context)}${actions.assignCategories.map((category) => quoted(category, context)).join(", ")}`
        );
      if (actions.forwardTo)
        actionLines.push(
          `   - ${context.words(LABELS.forwardTo!)}${colon(context)}${actions.forwardTo.map((address) => quoted(address, context)).join(", ")}`
        );
      if (actions.stopProcessingRules)
        actionLines.push(`   - ${context.words(LABELS.stopProcessingRules!)}`);
      const conditions = conditionLines(rule.conditions ?? {}, context, "");
      const exceptions = conditionLines(
        rule.exceptions ?? {},
        context,
        `${context.words(TEXT.except!)} `
      );
      sections.push(
        [
          `== ${quoted(rule.name, context)} ==`,
          `1. ${context.words(TEXT.open!)}`,
          `2. ${context.words(TEXT.blank!)}`,
          ...(conditions.length > 0
            ? [`3. ${context.words(TEXT.conditions!)}`, ...conditions]
            : [`3. ${context.words(TEXT.noCondition!)}`]),
          `4. ${context.words(TEXT.actions!)}`,
          ...actionLines,
          ...(exceptions.length > 0
            ? [`5. ${context.words(TEXT.exceptions!)}`, ...exceptions]
            : [`5. ${context.words(TEXT.noException!)}`]),
          `6. ${context.words(TEXT.finish!)} ${quoted(rule.name, context)}, ${context.words(rule.enabled === false ? TEXT.leaveOff! : TEXT.turnOn!)}, ${context.words(TEXT.done!)}`,
        ].join("\n")
      );
    }
    return `${sections.join("\n\n")}\n`;
  },
};
