// RFC 5228 Sieve with the extensions it needs: fileinto + mailbox (:create), copy, imap4flags, body.
// Folder paths use "/" as hierarchy separator (configurable per server; said in the header).
import type { Rule, RuleConditions } from "@contracts/rules.js";
import {
  CONDITION_FIELDS,
  splitHeader,
  type CompileContext,
  type TargetCompiler,
} from "../compileContext.js";
import { folderFieldHolding } from "../folderFields.js";

/** A Sieve quoted string: only \ and " need escaping; line breaks are allowed inside. */
export const sieveString = (value: string): string =>
  `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
const sieveList = (values: string[]): string => `[${values.map(sieveString).join(", ")}]`;

/** IMAP keywords (for categories) are atoms (RFC 3501): no spaces, no specials, no % or * wildcards. */
const KEYWORD = /^[!#$&'+\-.0-9:<-Z^-z|~]+$/;

function tests(
  rule: Rule,
  conditions: RuleConditions,
  context: CompileContext,
  scope: string
): string[] | null {
  const out: string[] = [];
  for (const field of CONDITION_FIELDS) {
    const value = conditions[field];
    if (value === undefined) continue;
    switch (field) {
      case "fromAddresses":
        out.push(`address :is "from" ${sieveList(value as string[])}`);
        break;
      case "sentToAddresses":
        out.push(`address :is ["to", "cc"] ${sieveList(value as string[])}`);
        break;
      case "subjectContains":
        out.push(`header :contains "subject" ${sieveList(value as string[])}`);
        break;
      case "bodyContains":
        out.push(`body :text :contains ${sieveList(value as string[])}`);
        break;
      case "headerContains": {
        const parts = (value as string[]).map(splitHeader);
        if (parts.some((part) => part === null)) {
          context.leftOut(rule, `${scope}.headerContains`, {
            en: 'Sieve needs a header name: write "Header-Name: value".',
            fr: "Sieve a besoin d’un nom d’en-tête : écrivez « Nom-En-tête: valeur ».",
          });
          return null;
        }
        out.push(
          `anyof (${(parts as [string, string][]).map(([name, text]) => `header :contains ${sieveString(name)} ${sieveString(text)}`).join(", ")})`
        );
        break;
      }
      case "hasAttachments":
        // Either way an approximation: a message with attachments is not always multipart/mixed,
        // and one that is may carry none.
        out.push(
          `${value === true ? "" : "not "}header :contains "content-type" "multipart/mixed"`
        );
        context.approximated(rule, `${scope}.hasAttachments`, {
          en: "Sieve has no attachment test; MailBridge tests whether the message is multipart/mixed.",
          fr: "Sieve n’a pas de test de pièce jointe ; MailBridge teste si le message est multipart/mixed.",
        });
        break;
      case "receivedThroughAccount":
        context.leftOut(rule, `${scope}.receivedThroughAccount`, {
          en: '"through the specified account" exists only in Outlook\'s client rules.',
          fr: "« via le compte spécifié » n’existe que dans les règles d’Outlook sur le poste.",
        });
        return null;
    }
  }
  return out;
}

/** A folder path as an IMAP mailbox name: the inbox is INBOX, whatever case the rule used. */
const folder = (path: string[]): string =>
  path
    .map((segment, index) => (index === 0 && segment.toLowerCase() === "inbox" ? "INBOX" : segment))
    .join("/");

export const sieveCompiler: TargetCompiler = {
  target: "sieve",
  filename: "mailbridge.sieve",
  mediaType: "application/sieve",
  compile(rules, context) {
    const blocks: string[] = [];
    for (const rule of rules) {
      const separatorIn = folderFieldHolding(rule.actions, "/");
      if (separatorIn) {
        context.leftOut(rule, `actions.${separatorIn}`, {
          en: 'a folder name contains "/", the folder separator in Sieve.',
          fr: "un nom de dossier contient « / », le séparateur de dossiers de Sieve.",
        });
        continue;
      }
      if (rule.actions.forwardTo?.some((address) => /[^\x20-\x7e]/.test(address))) {
        context.leftOut(rule, "actions.forwardTo", {
          en: "Sieve redirect needs a plain ASCII address (no accents).",
          fr: "la redirection Sieve exige une adresse en ASCII simple (sans accents).",
        });
        continue;
      }
      const condition = tests(rule, rule.conditions ?? {}, context, "conditions");
      const exception = rule.exceptions ? tests(rule, rule.exceptions, context, "exceptions") : [];
      if (!condition || !exception) continue;
      const all = [
        ...condition,
        ...(exception.length > 0 ? [`not anyof (${exception.join(", ")})`] : []),
      ];
      const actions: string[] = [];
      const { actions: a } = rule;
      if (a.markAsRead) actions.push(`addflag "\\\\Seen";`);
      if (a.assignCategories) {
        const keywords = a.assignCategories.filter((category) => KEYWORD.test(category));
        if (keywords.length < a.assignCategories.length)
          context.approximated(rule, "actions.assignCategories", {
            en: "categories that are not single words cannot become IMAP keywords and are left out.",
            fr: "les catégories qui ne sont pas un seul mot ne peuvent pas devenir des mots-clés IMAP et sont omises.",
          });
        if (keywords.length > 0) actions.push(`addflag ${sieveList(keywords)};`);
      }
      if (a.copyToFolder)
        actions.push(`fileinto :copy :create ${sieveString(folder(a.copyToFolder))};`);
      for (const address of a.forwardTo ?? [])
        actions.push(`redirect :copy ${sieveString(address)};`);
      if (a.moveToFolder) actions.push(`fileinto :create ${sieveString(folder(a.moveToFolder))};`);
      if (a.stopProcessingRules) actions.push("stop;");
      // A disabled rule stays in the script, switched off by a leading `false`.
      const tested = rule.enabled === false ? ["false", ...all] : all;
      const test =
        tested.length === 0
          ? "true"
          : tested.length === 1
            ? tested[0]!
            : `allof (${tested.join(", ")})`;
      // The name goes in a comment as JSON, so no line break in it can end the comment early.
      const label = `${rule.enabled === false ? "(disabled) " : ""}${JSON.stringify(rule.name)}`;
      blocks.push(`# ${label}\nif ${test} {\n${actions.map((line) => `  ${line}`).join("\n")}\n}`);
    }
    return [
      '# MailBridge unification rules (RFC 5228). Folder separator: "/" — change it if your server uses ".".',
      'require ["fileinto", "mailbox", "copy", "imap4flags", "body"];',
      "",
      blocks.join("\n\n"),
      "",
    ].join("\n");
  },
};
