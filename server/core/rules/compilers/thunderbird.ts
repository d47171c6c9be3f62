// Thunderbird's msgFilterRules.dat, written the way comm-central's nsMsgFilterList writes it:
// key="value" lines where `"` is escaped as `\"` (the only escape), conditions as
// `AND (attribute,operator,value)` terms, and a value quoted (then escaped a second time with the
// line) when it contains ")" or starts with a space or a quote. Values cannot hold line breaks.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import { splitHeader, type CompileContext, type TargetCompiler } from "../compileContext.js";

/** nsMsgSearchTerm::EscapeQuotesInStr: `"` → `\"`, nothing else. */
const escapeQuotes = (value: string) => value.replace(/"/g, '\\"');

/** A term value, quoted when Thunderbird's reader would otherwise cut it short. */
const termValue = (value: string) =>
  /[)]/.test(value) || /^[ "]/.test(value) ? `"${escapeQuotes(value)}"` : value;

const attribute = (key: string, value: string) => `${key}="${escapeQuotes(value)}"`;

/** Values Thunderbird cannot read back exactly: line breaks, and backslashes next to quotes. */
const unsafe = (value: string) => /[\r\n]/.test(value) || /\\"|\\$/.test(value);
/** Condition values also cannot hold a quote: Thunderbird's term reader toggles quoting on every one. */
const unsafeInCondition = (value: string) => unsafe(value) || value.includes('"');

interface Term {
  attribute: string;
  operator: string;
  value: string;
}

function terms(conditions: RuleConditions, negate: boolean): { all: Term[]; lists: number } {
  const is = negate ? "isn't" : "is";
  const contains = negate ? "doesn't contain" : "contains";
  const all: Term[] = [];
  let lists = 0;
  const add = (values: string[] | undefined, make: (value: string) => Term) => {
    if (!values) return;
    if (values.length > 1) lists++;
    all.push(...values.map(make));
  };
  add(conditions.fromAddresses, (value) => ({ attribute: "from", operator: is, value }));
  add(conditions.sentToAddresses, (value) => ({ attribute: "to or cc", operator: is, value }));
  add(conditions.subjectContains, (value) => ({ attribute: "subject", operator: contains, value }));
  add(conditions.bodyContains, (value) => ({ attribute: "body", operator: contains, value }));
  add(conditions.headerContains, (value) => {
    const [name, text] = splitHeader(value) ?? ["", value];
    return { attribute: `"${name}"`, operator: contains, value: text };
  });
  if (conditions.hasAttachments !== undefined)
    all.push({
      attribute: "has attachment status",
      operator: conditions.hasAttachments !== negate ? "is" : "isn't",
      value: "true",
    });
  return { all, lists };
}

function condition(rule: Rule, context: CompileContext): string | null {
  const positive = terms(rule.conditions ?? {}, false);
  const negative = rule.exceptions ? terms(rule.exceptions, true) : { all: [], lists: 0 };
  if (
    (rule.conditions?.headerContains ?? [])
      .concat(rule.exceptions?.headerContains ?? [])
      .some((entry) => !splitHeader(entry))
  ) {
    context.leftOut(rule, "conditions.headerContains", {
      en: 'Thunderbird needs a header name: write "Header-Name: value".',
      fr: "Thunderbird a besoin d’un nom d’en-tête : écrivez « Nom-En-tête: valeur ».",
    });
    return null;
  }
  // Thunderbird joins all terms with one operator. "any of these" works only when it is the whole condition.
  const orOnly =
    positive.lists === 1 &&
    positive.all.every((term) => term.attribute === positive.all[0]!.attribute) &&
    negative.all.length === 0;
  if (positive.lists > 0 && !orOnly) {
    context.leftOut(rule, "conditions", {
      en: 'Thunderbird cannot mix "any of" lists with other conditions in one filter; split the rule.',
      fr: "Thunderbird ne sait pas combiner des listes « l’un de » avec d’autres conditions dans un filtre ; scindez la règle.",
    });
    return null;
  }
  const all = [...positive.all, ...negative.all];
  if (all.length === 0) return "ALL";
  const operator = orOnly ? "OR" : "AND";
  return all
    .map((term) => `${operator} (${term.attribute},${term.operator},${termValue(term.value)})`)
    .join(" ");
}

/** Thunderbird folder URIs; the account is unknown here, so Local Folders, with each name URI-encoded. */
const folderUri = (path: string[]) =>
  `mailbox://nobody@Local%20Folders/${path.map(encodeURIComponent).join("/")}`;

export const thunderbirdCompiler: TargetCompiler = {
  target: "thunderbird",
  filename: "msgFilterRules.dat",
  mediaType: "text/plain",
  compile(rules, context) {
    const lines = ['version="9"', 'logging="no"'];
    for (const rule of rules) {
      const { actions } = rule;
      const conditionValues = [rule.conditions, rule.exceptions].flatMap((conditions) => [
        ...(conditions?.fromAddresses ?? []),
        ...(conditions?.sentToAddresses ?? []),
        ...(conditions?.subjectContains ?? []),
        ...(conditions?.bodyContains ?? []),
        ...(conditions?.headerContains ?? []),
      ]);
      if (
        [rule.name, ...(actions.assignCategories ?? [])].some(unsafe) ||
        conditionValues.some(unsafeInCondition)
      ) {
        context.leftOut(rule, "name", {
          en: "Thunderbird filters cannot hold line breaks, a backslash before a quote, or quotes in condition values.",
          fr: "les filtres Thunderbird ne peuvent contenir ni retour à la ligne, ni barre oblique inverse devant un guillemet, ni guillemet dans les valeurs de condition.",
        });
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
      lines.push(
        attribute("name", rule.name),
        attribute("enabled", rule.enabled === false ? "no" : "yes"),
        attribute("type", "17")
      );
      if (actions.markAsRead) lines.push(attribute("action", "Mark read"));
      for (const category of actions.assignCategories ?? [])
        lines.push(attribute("action", "AddTag"), attribute("actionValue", category));
      if (actions.assignCategories)
        context.note(rule, "actions.assignCategories", {
          en: "create tags with these names in Thunderbird (Settings > General > Tags) before importing.",
          fr: "créez des étiquettes portant ces noms dans Thunderbird (Paramètres > Général > Étiquettes) avant l’import.",
        });
      if (actions.copyToFolder)
        lines.push(
          attribute("action", "Copy to folder"),
          attribute("actionValue", folderUri(actions.copyToFolder))
        );
      for (const address of actions.forwardTo ?? [])
        lines.push(attribute("action", "Forward"), attribute("actionValue", address));
      if (actions.moveToFolder)
        lines.push(
          attribute("action", "Move to folder"),
          attribute("actionValue", folderUri(actions.moveToFolder))
        );
      if (actions.stopProcessingRules) lines.push(attribute("action", "Stop execution"));
      lines.push(attribute("condition", terms));
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
