// Applies unification rules to the mailbox through Graph, safely: it plans first (folders to create,
// rules that already exist), creates each missing folder and rule exactly once even when the call is
// repeated or a write fails ambiguously (it re-reads instead of resending), and never edits or
// deletes anything it did not create. Existing rules are matched by content, not by id.
import type { Rule } from "../../contracts/rules.js";
import type { ApplyResponse, FolderPlan, RulePlan } from "../../contracts/ruleApply.js";
import { graphRuleDraft } from "../core/rules/compilers/graph.js";
import { CompileContext } from "../core/rules/compileContext.js";
import { GraphRequestError, type GraphClient } from "./graphClient.js";

const WELL_KNOWN: Record<string, string> = { inbox: "inbox", archive: "archive", "sent items": "sentitems", "deleted items": "deleteditems", "junk email": "junkemail", drafts: "drafts" };

interface GraphFolder {
  id: string;
  displayName: string;
}

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
        .filter(([, inner]) => !(inner && typeof inner === "object" && !Array.isArray(inner) && Object.keys(inner).length === 0))
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

const ambiguous = (error: unknown) => error instanceof GraphRequestError && (error.status === 503 || error.status === 504 || error.status === 502 || error.status === 0);

export async function applyRules(client: GraphClient, rules: Rule[], dryRun: boolean): Promise<ApplyResponse> {
  let existing: GraphRule[];
  try {
    existing = await client.getAll<GraphRule>("/me/mailFolders/inbox/messageRules");
  } catch (error) {
    if (error instanceof GraphRequestError && (error.status === 403 || error.status === 401)) throw new RulesNotAvailableError("rules are not available for this mailbox");
    throw error;
  }

  const folders = new Map<string, FolderPlan & { id: string | null }>();
  const children = new Map<string, GraphFolder[]>();
  const listChildren = async (parentId: string | null, fresh = false): Promise<GraphFolder[]> => {
    const key = parentId ?? "";
    if (!fresh && children.has(key)) return children.get(key)!;
    const list = await client.getAll<GraphFolder>(parentId ? `/me/mailFolders/${encodeURIComponent(parentId)}/childFolders?$top=999&$select=id,displayName` : "/me/mailFolders?$top=999&$select=id,displayName");
    children.set(key, list);
    return list;
  };
  const findChild = async (parentId: string | null, name: string, fresh = false) =>
    (await listChildren(parentId, fresh)).find((folder) => folder.displayName.toLowerCase() === name.toLowerCase());

  /** Resolves a path to a folder id, creating what is missing unless this is a dry run. */
  const resolve = async (path: string[]): Promise<string | null> => {
    let parentId: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const name = path[depth]!;
      const key = JSON.stringify(path.slice(0, depth + 1).map((segment) => segment.toLowerCase()));
      const known = folders.get(key);
      if (known) {
        if (!known.id) return null;
        parentId = known.id;
        continue;
      }
      const wellKnown = depth === 0 ? WELL_KNOWN[name.toLowerCase()] : undefined;
      let id: string | null = wellKnown ? (await client.get<GraphFolder>(`/me/mailFolders/${wellKnown}?$select=id,displayName`)).id : ((await findChild(parentId, name))?.id ?? null);
      let status: FolderPlan["status"] = id ? "exists" : "create";
      if (!id && !dryRun) {
        try {
          id = (await client.post<GraphFolder>(parentId ? `/me/mailFolders/${encodeURIComponent(parentId)}/childFolders` : "/me/mailFolders", { displayName: name })).id;
          status = "created";
        } catch (error) {
          // Created by a previous attempt or a concurrent one, or maybe by this one: look again.
          if (!(error instanceof GraphRequestError && error.status === 409) && !ambiguous(error)) throw error;
          id = (await findChild(parentId, name, true))?.id ?? null;
          status = id ? (error instanceof GraphRequestError && error.status === 409 ? "exists" : "created") : "failed";
        }
      }
      folders.set(key, { path: path.slice(0, depth + 1), status, id });
      if (!id) {
        // Everything below a folder still to create is to create too.
        for (let deeper = depth + 1; deeper < path.length; deeper++) {
          const below = JSON.stringify(path.slice(0, deeper + 1).map((segment) => segment.toLowerCase()));
          if (!folders.has(below)) folders.set(below, { path: path.slice(0, deeper + 1), status: dryRun ? "create" : "failed", id: null });
        }
        return null;
      }
      parentId = id;
    }
    return parentId;
  };

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
      planned.push({ name: rule.name, status: "conflict", message: "A different rule with this name is already in the mailbox; it was left as it is." });
      continue;
    }
    if (dryRun) {
      planned.push({ name: rule.name, status: "create" });
      continue;
    }
    if (unresolved) {
      planned.push({ name: rule.name, status: "failed", message: "Its folder could not be created." });
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
      planned.push({ name: rule.name, status: created ? "created" : "failed", ...(created ? {} : { message: "Microsoft did not confirm the rule; run again to retry safely." }) });
    }
  }
  return { dryRun, folders: [...folders.values()].map(({ path, status }) => ({ path, status })), rules: planned };
}
