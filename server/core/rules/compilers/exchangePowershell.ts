// A .ps1 of New-InboxRule commands for Exchange Online administrators (work/school mailboxes only).
// Every user value is a single-quoted PowerShell literal: nothing inside is interpreted.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import {
  recipientsWithAccount,
  type CompileContext,
  type TargetCompiler,
} from "../compileContext.js";
import { withoutAttachmentNegation } from "../attachmentNegation.js";
import { ruleNamesWithin } from "../ruleNamesWithin.js";
import { folderFieldHolding } from "../folderFields.js";

/** New-InboxRule -Name: "The maximum length is 64 characters" (New-InboxRule.md). */
const NAME_LIMIT = 64;

/** PowerShell treats ' and the typographic single quotes ‘ ’ ‚ ‛ alike: each is doubled inside a literal. */
export const psString = (value: string): string =>
  `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
const psList = (values: string[]) => values.map(psString).join(",");

function parameters(
  rule: Rule,
  conditions: RuleConditions,
  context: CompileContext,
  prefix: "" | "ExceptIf"
): string[] {
  const out: string[] = [];
  const scope = prefix ? "exceptions" : "conditions";
  if (conditions.fromAddresses) out.push(`-${prefix}From ${psList(conditions.fromAddresses)}`);
  const sentTo = recipientsWithAccount(conditions);
  if (conditions.receivedThroughAccount) {
    context.approximated(rule, `${scope}.receivedThroughAccount`, {
      en: "Exchange rules cannot see the account; mail sent to it is matched instead (-SentTo).",
      fr: "les règles Exchange ne voient pas le compte ; le courrier envoyé à ce compte est reconnu (-SentTo).",
    });
  }
  if (sentTo.length > 0) out.push(`-${prefix}SentTo ${psList(sentTo)}`);
  if (conditions.subjectContains)
    out.push(`-${prefix}SubjectContainsWords ${psList(conditions.subjectContains)}`);
  if (conditions.bodyContains)
    out.push(`-${prefix}BodyContainsWords ${psList(conditions.bodyContains)}`);
  if (conditions.headerContains)
    out.push(`-${prefix}HeaderContainsWords ${psList(conditions.headerContains)}`);
  // Only $true is a test: "$false: The condition isn't used" (negations are rewritten before).
  if (conditions.hasAttachments) out.push(`-${prefix}HasAttachment $true`);
  return out;
}

/** "$Mailbox + ':\Inbox\Gmail'" — New-InboxRule folder syntax is MailboxId:\Parent\Child. */
const folderArgument = (path: string[]) => `($Mailbox + ${psString(`:\\${path.join("\\")}`)})`;

export const exchangePowershellCompiler: TargetCompiler = {
  target: "exchange-powershell",
  filename: "mailbridge-rules.ps1",
  mediaType: "text/plain",
  compile(rules, context) {
    const lines = [
      "# MailBridge unification rules for Exchange Online (work or school mailboxes; personal Outlook.com",
      "# mailboxes refuse Exchange PowerShell). Connect first: Connect-ExchangeOnline",
      "# Warning: creating rules with PowerShell removes disabled rules made in Outlook on the PC.",
      "param([Parameter(Mandatory = $true)][string]$Mailbox)",
      "$ErrorActionPreference = 'Stop'",
      "",
    ];
    const kept: Rule[] = [];
    for (const original of rules) {
      const rule = withoutAttachmentNegation(original, context);
      if (!rule) continue;
      const separatorIn = folderFieldHolding(rule.actions, "\\");
      if (separatorIn) {
        context.leftOut(rule, `actions.${separatorIn}`, {
          en: 'a folder name contains "\\", the folder separator of New-InboxRule.',
          fr: "un nom de dossier contient « \\ », le séparateur de dossiers de New-InboxRule.",
        });
        continue;
      }
      kept.push(rule);
    }
    const names = ruleNamesWithin(kept, NAME_LIMIT);
    for (const [index, rule] of kept.entries()) {
      const name = names[index]!;
      if (name !== rule.name)
        context.approximated(rule, "name", {
          en: `New-InboxRule names are at most ${NAME_LIMIT} characters: the rule is named “${name}”.`,
          fr: `les noms de New-InboxRule ont au plus ${NAME_LIMIT} caractères : la règle s’appelle « ${name} ».`,
        });
      const conditions = parameters(rule, rule.conditions ?? {}, context, "");
      const exceptions = rule.exceptions
        ? parameters(rule, rule.exceptions, context, "ExceptIf")
        : [];
      const { actions } = rule;
      const args = [
        `-Mailbox $Mailbox`,
        `-Name ${psString(name)}`,
        ...conditions,
        ...exceptions,
        ...(actions.moveToFolder ? [`-MoveToFolder ${folderArgument(actions.moveToFolder)}`] : []),
        ...(actions.copyToFolder ? [`-CopyToFolder ${folderArgument(actions.copyToFolder)}`] : []),
        ...(actions.markAsRead !== undefined ? [`-MarkAsRead $${actions.markAsRead}`] : []),
        ...(actions.assignCategories ? [`-ApplyCategory ${psList(actions.assignCategories)}`] : []),
        ...(actions.forwardTo ? [`-ForwardTo ${psList(actions.forwardTo)}`] : []),
        ...(actions.stopProcessingRules !== undefined
          ? [`-StopProcessingRules $${actions.stopProcessingRules}`]
          : []),
      ];
      lines.push(`New-InboxRule ${args.join(" `\n  ")}`);
      if (rule.enabled === false)
        lines.push(
          `Disable-InboxRule -Mailbox $Mailbox -Identity ${psString(name)} -Confirm:$false`
        );
      lines.push("");
    }
    context.warnings.push(
      ...(rules.length > 0
        ? [
            {
              rule: "*",
              target: "exchange-powershell" as const,
              kind: "note" as const,
              field: "-",
              message: context.words({
                en: "Exchange PowerShell works for work or school mailboxes only, and creating rules with it removes disabled rules made in Outlook on the PC.",
                fr: "Exchange PowerShell ne fonctionne que pour les boîtes professionnelles ou scolaires, et créer des règles ainsi supprime les règles désactivées créées dans Outlook sur le PC.",
              }),
            },
          ]
        : [])
    );
    return lines.join("\n");
  },
};
