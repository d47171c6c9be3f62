// Applies unification rules to the mailbox through Graph, safely: it plans first (folders to create,
// rules that already exist), creates each missing folder and rule exactly once even when the call is
// repeated or a write fails ambiguously (it re-reads instead of resending), and never edits or
// deletes anything it did not create. Existing rules are matched by content, not by id.
import type { Rule } from "@contracts/rules.js";
import type { ApplyResponse, RulePlan } from "@contracts/ruleApply.js";
import { graphRuleDraft } from "../core/rules/compilers/graph.js";
import { CompileContext } from "../core/rules/compileContext.js";
import { GraphRequestError, type GraphClient } from "./graphClient.js";
import { ambiguous, FolderResolver } from "./folderResolver.js";

interface GraphRule {
  id: string;
  displayName: string;
  conditions?: unknown;
  exceptions?: unknown;
  actions?: unknown;
  isEnabled?: boolean;
}

export class RulesNotAvailableError extends Error {}

/** Canonical JSON: keys sorted, empty objects and nulls dropped — how "same content" is decided. */
function canonical(value: unknown): string {
  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(clean);
    if (node && typeof node === "object") {
      const entries = Object.entries(node)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, clean(inner)] as const)
        .filter(
          ([, inner]) =>
            !(
              inner &&
              typeof inner === "object" &&
              !Array.isArray(inner) &&
              Object.keys(inner).length === 0
            )
        )
        .sort(([a], [b]) => a.localeCompare(b));
      return Object.fromEntries(entries);
    }
    return node;
  };
  return JSON.stringify(clean(value));
}

const sameRule = (existing: GraphRule, body: Record<string, unknown>) =>
  existing.displayName === body.displayName &&
  canonical(existing.conditions) === canonical(body.conditions) &&
  canonical(existing.exceptions) === canonical(body.exceptions) &&
  canonical(existing.actions) === canonical(body.actions);

export async function applyRules(
  client: GraphClient,
  rules: Rule[],
  dryRun: boolean
): Promise<ApplyResponse> {
  let existing: GraphRule[];
  try {
    existing = await client.getAll<GraphRule>("/me/mailFolders/inbox/messageRules");
  } catch (error) {
    if (error instanceof GraphRequestError && (error.status === 403 || error.status === 401))
      throw new RulesNotAvailableError("rules are not available for this mailbox");
    throw error;
  }

  const resolver = new FolderResolver(client, dryRun ? "plan" : "create");
  const resolve = (path: string[]) => resolver.resolve(path);

  const context = new CompileContext("graph", "en");
  const planned: RulePlan[] = [];
  for (const [index, rule] of rules.entries()) {
    const draft = graphRuleDraft(rule, existing.length + index + 1, context);
    const actions = { ...(draft.body.actions as Record<string, unknown>) };
    let unresolved = false;
    for (const field of ["moveToFolder", "copyToFolder"] as const) {
      const path = draft.folderPaths[field];
      if (!path) continue;
      const id = await resolve(path);
      if (id) actions[field] = id;
      else unresolved = true;
    }
    const body = { ...draft.body, actions };
    const sameName = existing.filter((candidate) => candidate.displayName === rule.name);
    if (!unresolved && sameName.some((candidate) => sameRule(candidate, body))) {
      planned.push({ name: rule.name, status: "exists" });
      continue;
    }
    if (sameName.length > 0) {
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
      existing.push(await client.post<GraphRule>("/me/mailFolders/inbox/messageRules", body));
      planned.push({ name: rule.name, status: "created" });
    } catch (error) {
      if (!ambiguous(error)) throw error;
      // The write may have happened: re-read rather than resend.
      existing = await client.getAll<GraphRule>("/me/mailFolders/inbox/messageRules");
      const created = existing.some((candidate) => sameRule(candidate, body));
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
