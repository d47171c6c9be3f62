// Gmail's filter import format (mailFilters.xml: an Atom feed of apps:property entries), with the
// elements and property names of real exports (test/fixtures/external/gmail): a feed author, and
// every criterion other than from/to/subject as a search in hasTheWord ("-(…)" for exceptions,
// "has:attachment"). Gmail has labels, not folders, one label and one forwarding address per filter,
// and no "stop processing": each of those is written as several filters or reported as an
// approximation.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import type { CompileContext, TargetCompiler } from "../compileContext.js";
import { xmlEscape } from "../../xmlEscape.js";
import { folderFieldHolding } from "../folderFields.js";

/** Gmail search terms: each quoted, joined with OR. Gmail has no escape for a quote inside a term. */
const anyOf = (values: string[]) => values.map((value) => `"${value}"`).join(" OR ");

function criteria(
  rule: Rule,
  conditions: RuleConditions,
  context: CompileContext,
  scope: string
): Record<string, string> | null {
  // The values Gmail searches; an absent field reads as "undefined", which has no quote or line break.
  const searched = [
    conditions.fromAddresses,
    conditions.sentToAddresses,
    conditions.subjectContains,
    conditions.bodyContains,
    conditions.receivedThroughAccount,
  ].flat();
  if (searched.some((value) => /["\r\n]/.test(String(value)))) {
    context.leftOut(rule, scope, {
      en: "Gmail searches cannot contain double quotes or line breaks.",
      fr: "les recherches Gmail ne peuvent pas contenir de guillemets droits ni de retours à la ligne.",
    });
    return null;
  }
  if (conditions.headerContains) {
    context.leftOut(rule, `${scope}.headerContains`, {
      en: "Gmail filters cannot test message headers.",
      fr: "les filtres Gmail ne savent pas tester les en-têtes.",
    });
    return null;
  }
  const out: Record<string, string> = {};
  if (conditions.fromAddresses) out.from = anyOf(conditions.fromAddresses);
  if (conditions.sentToAddresses) out.to = anyOf(conditions.sentToAddresses);
  if (conditions.subjectContains) out.subject = anyOf(conditions.subjectContains);
  const words: string[] = [];
  if (conditions.bodyContains) {
    words.push(`(${anyOf(conditions.bodyContains)})`);
    context.approximated(rule, `${scope}.bodyContains`, {
      en: "Gmail searches the whole message, not only the body.",
      fr: "Gmail cherche dans tout le message, pas seulement le corps.",
    });
  }
  if (conditions.receivedThroughAccount)
    words.push(`deliveredto:${anyOf([conditions.receivedThroughAccount])}`);
  if (conditions.hasAttachments === true) words.push("has:attachment");
  if (conditions.hasAttachments === false) words.push("-has:attachment");
  if (words.length > 0) out.hasTheWord = words.join(" ");
  return out;
}

/** The exceptions as one negated search: -(from:(…) OR subject:(…) OR …). */
function exclusion(criteria: Record<string, string>): string {
  const parts = Object.entries(criteria).map(([key, value]) =>
    key === "hasTheWord" ? `(${value})` : `${key}:(${value})`
  );
  return `-(${parts.join(" OR ")})`;
}

const withoutInbox = (path: string[]) =>
  path[0]?.toLowerCase() === "inbox" ? path.slice(1) : path;

export const gmailCompiler: TargetCompiler = {
  target: "gmail",
  filename: "mailFilters.xml",
  mediaType: "application/xml",
  compile(rules, context) {
    const entries: Record<string, string>[] = [];
    for (const rule of rules) {
      const base = criteria(rule, rule.conditions ?? {}, context, "conditions");
      const except = rule.exceptions ? criteria(rule, rule.exceptions, context, "exceptions") : {};
      if (!base || !except) continue;
      const { actions } = rule;
      // A move to the inbox itself is no label and must not skip the inbox.
      const movedTo = withoutInbox(actions.moveToFolder ?? []);
      const labels = [movedTo, withoutInbox(actions.copyToFolder ?? [])].filter(
        (path) => path.length > 0
      );
      const separatorIn = folderFieldHolding(actions, "/");
      if (separatorIn) {
        context.leftOut(rule, `actions.${separatorIn}`, {
          en: 'a folder name contains "/", which Gmail uses between nested labels.',
          fr: "un nom de dossier contient « / », que Gmail utilise entre étiquettes imbriquées.",
        });
        continue;
      }
      if (rule.enabled === false) {
        context.leftOut(rule, "enabled", {
          en: "Gmail filters cannot be imported disabled.",
          fr: "les filtres Gmail ne peuvent pas être importés désactivés.",
        });
        continue;
      }
      const { hasTheWord, ...fields } = base;
      const words = [
        ...(hasTheWord ? [hasTheWord] : []),
        ...(Object.keys(except).length > 0 ? [exclusion(except)] : []),
      ];
      const common: Record<string, string> = {
        ...fields,
        ...(words.length > 0 ? { hasTheWord: words.join(" ") } : {}),
      };
      const first: Record<string, string> = { ...common };
      if (movedTo.length > 0) {
        first.shouldArchive = "true";
        context.approximated(rule, "actions.moveToFolder", {
          en: "Gmail has labels, not folders: moving becomes a label plus skipping the inbox.",
          fr: "Gmail a des étiquettes, pas des dossiers : déplacer devient étiqueter et ne pas afficher dans la boîte de réception.",
        });
      }
      if (actions.markAsRead) first.shouldMarkAsRead = "true";
      const extra: Record<string, string>[] = [];
      const allLabels = [
        ...labels.map((path) => path.join("/")),
        ...(actions.assignCategories ?? []),
      ];
      if (actions.assignCategories)
        context.approximated(rule, "actions.assignCategories", {
          en: "categories become Gmail labels.",
          fr: "les catégories deviennent des étiquettes Gmail.",
        });
      allLabels.forEach((label, index) =>
        index === 0 ? (first.label = label) : extra.push({ ...common, label })
      );
      (actions.forwardTo ?? []).forEach((address, index) =>
        index === 0 ? (first.forwardTo = address) : extra.push({ ...common, forwardTo: address })
      );
      if (actions.forwardTo)
        context.note(rule, "actions.forwardTo", {
          en: "Gmail forwards only to addresses you have verified in Settings > Forwarding and POP/IMAP.",
          fr: "Gmail ne transfère qu’aux adresses vérifiées dans Paramètres > Transfert et POP/IMAP.",
        });
      if (actions.stopProcessingRules)
        context.approximated(rule, "actions.stopProcessingRules", {
          en: 'Gmail applies every matching filter; there is no "stop processing".',
          fr: "Gmail applique tous les filtres qui correspondent ; « arrêter le traitement » n’existe pas.",
        });
      // A filter without an action would do nothing: a move to the inbox alone is what Gmail already does.
      if (Object.keys(first).length === Object.keys(common).length) {
        context.leftOut(rule, "actions", {
          en: "Gmail would have nothing to do, as mail already arrives in the inbox.",
          fr: "Gmail n’aurait rien à faire, le courrier arrive déjà dans la boîte de réception.",
        });
        continue;
      }
      if (extra.length > 0)
        context.note(rule, "actions", {
          en: `written as ${extra.length + 1} Gmail filters (one label or forwarding address each).`,
          fr: `écrite en ${extra.length + 1} filtres Gmail (une étiquette ou une adresse de transfert chacun).`,
        });
      entries.push(first, ...extra);
    }
    const updated = "2026-01-01T00:00:00Z";
    const author =
      context.ownAddresses.find((address) => /@(gmail|googlemail)\.com$/i.test(address)) ??
      context.ownAddresses[0] ??
      "";
    const property = (name: string, value: string) =>
      `    <apps:property name="${name}" value="${xmlEscape(value)}"></apps:property>`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:apps="http://schemas.google.com/apps/2006">',
      "  <title>Mail Filters</title>",
      "  <id>tag:mail.google.com,2008:filters:</id>",
      `  <updated>${updated}</updated>`,
      "  <author>",
      "    <name>MailBridge</name>",
      `    <email>${xmlEscape(author)}</email>`,
      "  </author>",
      ...entries.flatMap((properties) => [
        "  <entry>",
        '    <category term="filter"></category>',
        "    <title>Mail Filter</title>",
        "    <content></content>",
        ...Object.entries(properties).map(([name, value]) => property(name, value)),
        "  </entry>",
      ]),
      "</feed>",
      "",
    ].join("\n");
  },
};
