// Thunderbird's msgFilterRules.dat (version 9), written so that Thunderbird's own reader reads back
// exactly what the rule says (see thunderbirdFormat.ts): key="value" lines, conditions as
// `AND (attribute,operator,value)` terms, tags by the key Thunderbird derives from their name.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import {
  splitHeader,
  type CompileContext,
  type TargetCompiler,
  type Words,
} from "../compileContext.js";
import {
  attributeLine,
  headerNameFits,
  localFolderUri,
  tagKey,
  termValue,
  unwritable,
} from "./thunderbirdFormat.js";

interface Term {
  /** Where the term comes from, for a warning: "exceptions.subjectContains". */
  field: string;
  attribute: string;
  operator: string;
  value: string;
}

type ListField = "fromAddresses" | "sentToAddresses" | "subjectContains" | "bodyContains";

/**
 * The terms of one side of a rule (exceptions are negated); `lists` counts its "any of" lists,
 * `listed` the terms in them.
 */
function terms(
  rule: Rule,
  scope: "conditions" | "exceptions"
): { all: Term[]; lists: number; listed: number } {
  const conditions: RuleConditions = rule[scope] ?? {};
  const negate = scope === "exceptions";
  const is = negate ? "isn't" : "is";
  const contains = negate ? "doesn't contain" : "contains";
  const all: Term[] = [];
  let lists = 0;
  let listed = 0;
  const add = (
    field: ListField | "headerContains",
    make: (value: string) => Omit<Term, "field">
  ) => {
    const values = conditions[field];
    if (!values) return;
    if (values.length > 1) {
      lists++;
      listed += values.length;
    }
    all.push(...values.map((value) => ({ field: `${scope}.${field}`, ...make(value) })));
  };
  add("fromAddresses", (value) => ({ attribute: "from", operator: is, value }));
  add("sentToAddresses", (value) => ({ attribute: "to or cc", operator: is, value }));
  add("subjectContains", (value) => ({ attribute: "subject", operator: contains, value }));
  add("bodyContains", (value) => ({ attribute: "body", operator: contains, value }));
  add("headerContains", (value) => {
    // condition() has left out the rules with a header entry that has no name.
    const [name, text] = splitHeader(value)!;
    return { attribute: `"${name}"`, operator: contains, value: text };
  });
  if (conditions.hasAttachments !== undefined)
    all.push({
      field: `${scope}.hasAttachments`,
      attribute: "has attachment status",
      operator: conditions.hasAttachments !== negate ? "is" : "isn't",
      value: "true",
    });
  return { all, lists, listed };
}

/** The first header entry Thunderbird cannot test, and where it is (conditions before exceptions). */
function unusableHeader(rule: Rule): { field: string; why: Words } | null {
  for (const scope of ["conditions", "exceptions"] as const) {
    for (const value of rule[scope]?.headerContains ?? []) {
      const header = splitHeader(value);
      const field = `${scope}.headerContains`;
      if (!header)
        return {
          field,
          why: {
            en: 'Thunderbird needs a header name: write "Header-Name: value".',
            fr: "Thunderbird a besoin d’un nom d’en-tête : écrivez « Nom-En-tête: valeur ».",
          },
        };
      if (!headerNameFits(header[0]))
        return {
          field,
          why: {
            en: "Thunderbird cannot test a header whose name holds a quote, a comma or a backslash.",
            fr: "Thunderbird ne sait pas tester un en-tête dont le nom contient un guillemet, une virgule ou une barre oblique inverse.",
          },
        };
    }
  }
  return null;
}

function condition(rule: Rule, context: CompileContext): string | null {
  const unusable = unusableHeader(rule);
  if (unusable) {
    context.leftOut(rule, unusable.field, unusable.why);
    return null;
  }
  const positive = terms(rule, "conditions");
  const negative = terms(rule, "exceptions");
  // Thunderbird joins all terms with one operator. "any of these" works only when it is the whole condition.
  const orOnly =
    positive.lists === 1 && positive.listed === positive.all.length && negative.all.length === 0;
  if (positive.lists > 0 && !orOnly) {
    context.leftOut(rule, "conditions", {
      en: 'Thunderbird cannot mix "any of" lists with other conditions in one filter; split the rule.',
      fr: "Thunderbird ne sait pas combiner des listes « l’un de » avec d’autres conditions dans un filtre ; scindez la règle.",
    });
    return null;
  }
  const all = [...positive.all, ...negative.all];
  if (all.length === 0) return "ALL";
  const values = all.map((term) => termValue(term.value));
  const unreadable = all.find((_, index) => values[index] === null);
  if (unreadable) {
    context.leftOut(rule, unreadable.field, {
      en: 'Thunderbird cannot read back a condition value that ends with "\\" and holds ")" or starts with a space or a quote.',
      fr: "Thunderbird ne sait pas relire une valeur de condition qui finit par « \\ » et contient « ) » ou commence par une espace ou un guillemet.",
    });
    return null;
  }
  const operator = orOnly ? "OR" : "AND";
  return all
    .map((term, index) => `${operator} (${term.attribute},${term.operator},${values[index]})`)
    .join(" ");
}

/** Every string a rule writes into the file, and where it comes from. */
function writtenValues(rule: Rule): [string, string][] {
  const fromConditions = (scope: "conditions" | "exceptions") => {
    const conditions = rule[scope];
    return (
      [
        "fromAddresses",
        "sentToAddresses",
        "subjectContains",
        "bodyContains",
        "headerContains",
      ] as const
    ).flatMap((field) =>
      // Stryker disable next-line ArrayDeclaration: an absent list has no value to check; Stryker's placeholder has no line break, so no outcome differs
      (conditions?.[field] ?? []).map((value): [string, string] => [`${scope}.${field}`, value])
    );
  };
  return [
    ["name", rule.name],
    // Stryker disable next-line ArrayDeclaration: an absent list has no value to check; Stryker's placeholder has no line break, so no outcome differs
    ...(rule.actions.forwardTo ?? []).map((value): [string, string] => [
      "actions.forwardTo",
      value,
    ]),
    ...fromConditions("conditions"),
    ...fromConditions("exceptions"),
  ];
}

export const thunderbirdCompiler: TargetCompiler = {
  target: "thunderbird",
  filename: "msgFilterRules.dat",
  mediaType: "text/plain",
  compile(rules, context) {
    const lines = ['version="9"', 'logging="no"'];
    for (const rule of rules) {
      const { actions } = rule;
      const problem = writtenValues(rule)
        .map(([field, value]) => ({ field, reason: unwritable(value) }))
        .find(({ field, reason }) => reason && (field === "name" || reason === "line-break"));
      if (problem) {
        context.leftOut(
          rule,
          problem.field,
          problem.reason === "line-break"
            ? {
                en: "Thunderbird filters cannot hold line breaks.",
                fr: "les filtres Thunderbird ne peuvent pas contenir de retour à la ligne.",
              }
            : {
                en: 'Thunderbird cannot read back a filter name that ends with "\\".',
                fr: "Thunderbird ne sait pas relire un nom de filtre qui finit par « \\ ».",
              }
        );
        continue;
      }
      const terms = condition(rule, context);
      if (terms === null) continue;
      if (rule.conditions?.receivedThroughAccount) {
        context.note(rule, "conditions.receivedThroughAccount", {
          en: `Thunderbird filters belong to one account: import this filter into the filters of ${rule.conditions.receivedThroughAccount}.`,
          fr: `Les filtres Thunderbird appartiennent à un compte : importez ce filtre dans ceux de ${rule.conditions.receivedThroughAccount}.`,
        });
      }
      if (rule.exceptions?.receivedThroughAccount) {
        context.note(rule, "exceptions.receivedThroughAccount", {
          en: `Thunderbird filters belong to one account: import this filter into the filters of every account except ${rule.exceptions.receivedThroughAccount}.`,
          fr: `Les filtres Thunderbird appartiennent à un compte : importez ce filtre dans ceux de chaque compte sauf ${rule.exceptions.receivedThroughAccount}.`,
        });
      }
      lines.push(
        attributeLine("name", rule.name),
        attributeLine("enabled", rule.enabled === false ? "no" : "yes"),
        attributeLine("type", "17")
      );
      if (actions.markAsRead) lines.push(attributeLine("action", "Mark read"));
      for (const category of actions.assignCategories ?? [])
        lines.push(
          attributeLine("action", "AddTag"),
          attributeLine("actionValue", tagKey(category))
        );
      if (actions.assignCategories)
        context.note(rule, "actions.assignCategories", {
          en: "create tags with these exact names in Thunderbird (Settings > General > Tags) before importing; the filter names each tag by the key Thunderbird 153 derives from its name (older releases may derive another for names with spaces or accents).",
          fr: "créez des étiquettes portant exactement ces noms dans Thunderbird (Paramètres > Général > Étiquettes) avant l’import ; le filtre désigne chaque étiquette par la clé que Thunderbird 153 tire de son nom (des versions plus anciennes peuvent en tirer une autre pour les noms avec espaces ou accents).",
        });
      if (actions.copyToFolder)
        lines.push(
          attributeLine("action", "Copy to folder"),
          attributeLine("actionValue", localFolderUri(actions.copyToFolder))
        );
      for (const address of actions.forwardTo ?? [])
        lines.push(attributeLine("action", "Forward"), attributeLine("actionValue", address));
      if (actions.moveToFolder)
        lines.push(
          attributeLine("action", "Move to folder"),
          attributeLine("actionValue", localFolderUri(actions.moveToFolder))
        );
      if (actions.stopProcessingRules) lines.push(attributeLine("action", "Stop execution"));
      lines.push(attributeLine("condition", terms));
      if (actions.moveToFolder || actions.copyToFolder) {
        context.note(rule, "actions.moveToFolder", {
          en: "folders point to Local Folders; pick the account's folder in Thunderbird's filter editor if needed.",
          fr: "les dossiers visent Dossiers locaux ; choisissez le dossier du compte dans l’éditeur de filtres de Thunderbird si besoin.",
        });
      }
    }
    return `${lines.join("\n")}\n`;
  },
};
