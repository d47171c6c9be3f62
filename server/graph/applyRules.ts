// Applies unification rules to the mailbox through Graph, safely: it plans first (folders to create,
// rules that already exist), creates each missing folder and rule exactly once even when the call is
// repeated or a write fails ambiguously (it re-reads instead of resending), and never edits or
// deletes anything it did not create. Existing rules are matched by meaning (ruleMeaning.ts), not by id
// nor by JSON text: Graph returns a rule normalised, with fields of its own.
import type { Rule } from "@contracts/rules.js";
import type { ApplyResponse, RulePlan } from "@contracts/ruleApply.js";
import { graphRuleDraft } from "../core/rules/compilers/graph.js";
import { CompileContext } from "../core/rules/compileContext.js";
import { GraphRequestError, type GraphClient } from "./graphClient.js";
import { ambiguous, FolderResolver, overQuota } from "./folderResolver.js";
import { sameMeaning, sameName, type RuleLike } from "./ruleMeaning.js";

export class RulesNotAvailableError extends Error {}

/** The inbox rules, those Graph sent as objects (anything else cannot match a rule of ours). */
const inboxRules = async (client: GraphClient): Promise<RuleLike[]> =>
  (await client.getAll<unknown>("/me/mailFolders/inbox/messageRules")).filter(
    (rule): rule is RuleLike => typeof rule === "object" && rule !== null && !Array.isArray(rule)
  );

/** Past the highest sequence in use, not the count of rules: the user's numbers can have gaps. */
const nextSequence = (rules: RuleLike[]): number =>
  Math.max(
    0,
    ...rules.map((rule) => (Number.isSafeInteger(rule.sequence) ? (rule.sequence as number) : 0))
  ) + 1;

export async function applyRules(
  client: GraphClient,
  rules: Rule[],
  dryRun: boolean
): Promise<ApplyResponse> {
  let existing: RuleLike[];
  try {
    existing = await inboxRules(client);
  } catch (error) {
    if (error instanceof GraphRequestError && (error.status === 403 || error.status === 401))
      throw new RulesNotAvailableError("rules are not available for this mailbox");
    throw error;
  }

  const resolver = new FolderResolver(client, { create: !dryRun });

  // Stryker disable next-line StringLiteral: neither target nor language changes a draft's body
  const context = new CompileContext("graph", "en");
  const planned: RulePlan[] = [];
  for (const rule of rules) {
    // After every rule already there (ours created so far included), in the order given.
    const draft = graphRuleDraft(rule, nextSequence(existing), context);
    // Posting what Graph cannot express would widen the rule to more mail: say so, create nothing.
    if (!draft.expressible) {
      planned.push({ name: rule.name, status: "unsupported" });
      continue;
    }
    const actions = { ...(draft.body.actions as Record<string, unknown>) };
    let unresolved = false;
    for (const field of ["moveToFolder", "copyToFolder"] as const) {
      const path = draft.folderPaths[field];
      if (!path) continue;
      const id = await resolver.resolve(path);
      if (id === null) unresolved = true;
      actions[field] = id;
    }
    const body = { ...draft.body, actions };
    const named = existing.filter((candidate) => sameName(candidate, rule.name));
    if (!unresolved && named.some((candidate) => sameMeaning(candidate, body))) {
      planned.push({ name: rule.name, status: "exists" });
      continue;
    }
    if (named.length > 0) {
      planned.push({
        name: rule.name,
        status: "conflict",
        message: "A different rule with this name is already in the mailbox; it was left as it is.",
      });
      continue;
    }
    if (dryRun) {
      planned.push({ name: rule.name, status: "create" });
      continue;
    }
    if (unresolved) {
      planned.push({
        name: rule.name,
        status: "failed",
        message: "Its folder could not be created.",
      });
      continue;
    }
    try {
      existing.push(await client.post<RuleLike>("/me/mailFolders/inbox/messageRules", body));
      planned.push({ name: rule.name, status: "created" });
    } catch (error) {
      if (overQuota(error)) {
        planned.push({
          name: rule.name,
          status: "failed",
          message: `The mailbox holds as many rules as it may (${error.code}); it was not created.`,
        });
        continue;
      }
      if (!ambiguous(error)) throw error;
      // The write may have happened: re-read rather than resend.
      existing = await inboxRules(client);
      const created = existing.some((candidate) => sameMeaning(candidate, body));
      planned.push({
        name: rule.name,
        status: created ? "created" : "failed",
        ...(created
          ? {}
          : { message: "Microsoft did not confirm the rule; run again to retry safely." }),
      });
    }
  }
  return { dryRun, folders: resolver.plan(), rules: planned };
}
