// JSON bodies for POST /me/mailFolders/inbox/messageRules. Graph wants folder ids, which only exist in
// the user's mailbox: each body carries its folder paths next to it, resolved at apply time.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import type { CompileContext, TargetCompiler } from "../compileContext.js";

const recipients = (addresses: string[]) =>
  addresses.map((address) => ({ emailAddress: { address } }));

function predicates(
  rule: Rule,
  conditions: RuleConditions,
  context: CompileContext,
  scope: string
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (conditions.fromAddresses) out.fromAddresses = recipients(conditions.fromAddresses);
  if (conditions.sentToAddresses) out.sentToAddresses = recipients(conditions.sentToAddresses);
  if (conditions.subjectContains) out.subjectContains = conditions.subjectContains;
  if (conditions.bodyContains) out.bodyContains = conditions.bodyContains;
  if (conditions.headerContains) out.headerContains = conditions.headerContains;
  if (conditions.hasAttachments !== undefined) out.hasAttachments = conditions.hasAttachments;
  if (conditions.receivedThroughAccount) {
    out.sentToAddresses = recipients([
      ...(conditions.sentToAddresses ?? []),
      conditions.receivedThroughAccount,
    ]);
    context.approximated(rule, `${scope}.receivedThroughAccount`, {
      en: "server rules cannot see the account; mail addressed to it is matched instead (sentToAddresses).",
      fr: "les règles du serveur ne voient pas le compte ; MailBridge reconnaît le courrier adressé à ce compte (sentToAddresses).",
    });
  }
  return out;
}

export interface GraphRuleDraft {
  body: Record<string, unknown>;
  /** Folder paths to resolve to ids before POSTing: actions.moveToFolder / actions.copyToFolder. */
  folderPaths: { moveToFolder?: string[]; copyToFolder?: string[] };
}

export function graphRuleDraft(
  rule: Rule,
  sequence: number,
  context: CompileContext
): GraphRuleDraft {
  const { actions } = rule;
  const body: Record<string, unknown> = {
    displayName: rule.name,
    sequence,
    isEnabled: rule.enabled !== false,
    conditions: predicates(rule, rule.conditions ?? {}, context, "conditions"),
    actions: {
      ...(actions.markAsRead !== undefined ? { markAsRead: actions.markAsRead } : {}),
      ...(actions.assignCategories ? { assignCategories: actions.assignCategories } : {}),
      ...(actions.forwardTo ? { forwardTo: recipients(actions.forwardTo) } : {}),
      ...(actions.stopProcessingRules !== undefined
        ? { stopProcessingRules: actions.stopProcessingRules }
        : {}),
    },
  };
  if (rule.exceptions) body.exceptions = predicates(rule, rule.exceptions, context, "exceptions");
  return {
    body,
    folderPaths: {
      ...(actions.moveToFolder ? { moveToFolder: actions.moveToFolder } : {}),
      ...(actions.copyToFolder ? { copyToFolder: actions.copyToFolder } : {}),
    },
  };
}

export const graphCompiler: TargetCompiler = {
  target: "graph",
  filename: "graph-message-rules.json",
  mediaType: "application/json",
  compile(rules, context) {
    const drafts = rules.map((rule, index) => graphRuleDraft(rule, index + 1, context));
    return `${JSON.stringify({ endpoint: "POST https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules", rules: drafts }, null, 2)}\n`;
  },
};
