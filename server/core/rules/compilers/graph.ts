// JSON bodies for POST /me/mailFolders/inbox/messageRules. Graph wants folder ids, which only exist in
// the user's mailbox: a folder action holds a placeholder naming the path to resolve (MailBridge's
// apply does it; the artifact says how to do it by hand), so `actions` is never empty — Graph
// requires it.
import type { Rule, RuleConditions } from "@contracts/rules.js";
import {
  recipientsWithAccount,
  type CompileContext,
  type TargetCompiler,
} from "../compileContext.js";
import { withoutAttachmentNegation } from "../attachmentNegation.js";
import { FOLDER_FIELDS, type FolderField } from "../folderFields.js";

const recipients = (addresses: string[]) =>
  addresses.map((address) => ({ emailAddress: { address } }));

/** Stands for the id of the folder at folderPaths[field]; Graph refuses it if posted unresolved. */
export const folderPlaceholder = (field: FolderField) => `FOLDER-ID:${field}`;

function predicates(
  rule: Rule,
  conditions: RuleConditions,
  context: CompileContext,
  scope: string
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (conditions.fromAddresses) out.fromAddresses = recipients(conditions.fromAddresses);
  const sentTo = recipientsWithAccount(conditions);
  if (sentTo.length > 0) out.sentToAddresses = recipients(sentTo);
  if (conditions.subjectContains) out.subjectContains = conditions.subjectContains;
  if (conditions.bodyContains) out.bodyContains = conditions.bodyContains;
  if (conditions.headerContains) out.headerContains = conditions.headerContains;
  if (conditions.hasAttachments !== undefined) out.hasAttachments = conditions.hasAttachments;
  if (conditions.receivedThroughAccount) {
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
  /** false when Graph cannot say what the rule says (the context holds why): never post it. */
  expressible: boolean;
}

export function graphRuleDraft(
  rule: Rule,
  sequence: number,
  context: CompileContext
): GraphRuleDraft {
  const expressible = withoutAttachmentNegation(rule, context);
  const source = expressible ?? rule;
  const { actions } = source;
  const body: Record<string, unknown> = {
    displayName: source.name,
    sequence,
    isEnabled: source.enabled !== false,
    conditions: predicates(source, source.conditions ?? {}, context, "conditions"),
    actions: {
      ...Object.fromEntries(
        FOLDER_FIELDS.filter((field) => actions[field]).map((field) => [
          field,
          folderPlaceholder(field),
        ])
      ),
      ...(actions.markAsRead !== undefined ? { markAsRead: actions.markAsRead } : {}),
      ...(actions.assignCategories ? { assignCategories: actions.assignCategories } : {}),
      ...(actions.forwardTo ? { forwardTo: recipients(actions.forwardTo) } : {}),
      ...(actions.stopProcessingRules !== undefined
        ? { stopProcessingRules: actions.stopProcessingRules }
        : {}),
    },
  };
  if (source.exceptions)
    body.exceptions = predicates(source, source.exceptions, context, "exceptions");
  return {
    body,
    folderPaths: {
      ...(actions.moveToFolder ? { moveToFolder: actions.moveToFolder } : {}),
      ...(actions.copyToFolder ? { copyToFolder: actions.copyToFolder } : {}),
    },
    expressible: expressible !== null,
  };
}

export const graphCompiler: TargetCompiler = {
  target: "graph",
  filename: "graph-message-rules.json",
  mediaType: "application/json",
  compile(rules, context) {
    const drafts: GraphRuleDraft[] = [];
    for (const rule of rules) {
      const draft = graphRuleDraft(rule, drafts.length + 1, context);
      if (draft.expressible) drafts.push(draft);
    }
    const beforePosting = drafts.some((draft) => Object.keys(draft.folderPaths).length > 0)
      ? context.words({
          en: `Before posting a body, replace ${folderPlaceholder("moveToFolder")} and ${folderPlaceholder("copyToFolder")} with the id of the folder listed under folderPaths (create it first if it is missing: GET /me/mailFolders and /childFolders give the ids). Graph refuses a body that still holds a placeholder.`,
          fr: `Avant d’envoyer un body, remplacez ${folderPlaceholder("moveToFolder")} et ${folderPlaceholder("copyToFolder")} par l’id du dossier indiqué sous folderPaths (créez-le d’abord s’il manque : GET /me/mailFolders et /childFolders donnent les id). Graph refuse un body qui contient encore un repère.`,
        })
      : undefined;
    return `${JSON.stringify(
      {
        endpoint: "POST https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules",
        ...(beforePosting ? { beforePosting } : {}),
        rules: drafts.map(({ body, folderPaths }) => ({ body, folderPaths })),
      },
      null,
      2
    )}\n`;
  },
};
