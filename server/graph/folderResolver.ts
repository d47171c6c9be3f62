// Folder paths ("Inbox" > "Gmail") to Graph folder ids. The first segment may be a well-known folder
// in English, whatever the mailbox's language ("Inbox" finds "Boîte de réception"). In "create" mode
// missing folders are created once, even across repeated or failed calls: after a 409 or an ambiguous
// failure the parent is listed again instead of posting again. Only mail folders are destinations:
// a search folder of the same name is not one (mail cannot be filed into a saved search).
import type { FolderPlan } from "@contracts/ruleApply.js";
import { GraphRequestError, type GraphClient } from "./graphClient.js";
import { pathSegment } from "./graphPath.js";

/** English names of well-known folders (a Map: a folder named "constructor" is just a folder). */
const WELL_KNOWN = new Map([
  ["inbox", "inbox"],
  ["archive", "archive"],
  ["sent items", "sentitems"],
  ["deleted items", "deleteditems"],
  ["junk email", "junkemail"],
  ["drafts", "drafts"],
]);

interface GraphFolder {
  "@odata.type"?: string;
  id: string;
  displayName: string;
}

const isMailFolder = (folder: GraphFolder) =>
  folder["@odata.type"] !== "#microsoft.graph.mailSearchFolder";

/** A folder as Graph must send it; anything else is a malformed answer. */
function checked(folder: unknown): GraphFolder {
  const candidate = folder as Partial<GraphFolder> | null | undefined;
  if (typeof candidate?.id !== "string" || typeof candidate.displayName !== "string")
    throw new GraphRequestError(502, "malformedResponse", "Graph sent a folder without id or name");
  return candidate as GraphFolder;
}

/** A failure after which a write may or may not have been applied. */
export const ambiguous = (error: unknown): boolean =>
  error instanceof GraphRequestError && [0, 502, 503, 504].includes(error.status);

/** Exchange's refusals of a write because the mailbox holds as much as it may: nothing was written. */
export const overQuota = (error: unknown): error is GraphRequestError =>
  error instanceof GraphRequestError &&
  ["ErrorQuotaExceeded", "ErrorRulesOverQuota"].includes(error.code);

export class FolderResolver {
  private readonly folders = new Map<string, FolderPlan & { id: string | null }>();
  private readonly children = new Map<string, GraphFolder[]>();

  /** read: only existing folders · plan: also report what would be created · create: create them. */
  constructor(
    private readonly client: GraphClient,
    private readonly mode: "read" | "plan" | "create"
  ) {}

  /** Every folder met so far, with what was (or would be) done. */
  plan(): FolderPlan[] {
    return [...this.folders.values()].map(({ path, status }) => ({ path, status }));
  }

  async resolve(path: string[]): Promise<string | null> {
    let parentId: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const name = path[depth]!;
      const key = this.key(path, depth);
      const known = this.folders.get(key);
      if (known) {
        if (!known.id) return null;
        parentId = known.id;
        continue;
      }
      const wellKnown = depth === 0 ? WELL_KNOWN.get(name.toLowerCase()) : undefined;
      let id: string | null = wellKnown
        ? checked(await this.client.get(`/me/mailFolders/${wellKnown}?$select=id,displayName`)).id
        : ((await this.findChild(parentId, name))?.id ?? null);
      let status: FolderPlan["status"] = id ? "exists" : "create";
      if (!id && this.mode === "create") {
        try {
          id = checked(
            await this.client.post(
              parentId
                ? `/me/mailFolders/${pathSegment(parentId)}/childFolders`
                : "/me/mailFolders",
              { displayName: name }
            )
          ).id;
          status = "created";
        } catch (error) {
          // Created by a previous attempt or a concurrent one, or maybe by this one: look again.
          const exists = error instanceof GraphRequestError && error.status === 409;
          if (overQuota(error)) {
            status = "failed";
          } else {
            if (!exists && !ambiguous(error)) throw error;
            id = (await this.findChild(parentId, name, true))?.id ?? null;
            status = id ? (exists ? "exists" : "created") : "failed";
          }
        }
      }
      this.folders.set(key, { path: path.slice(0, depth + 1), status, id });
      if (!id) {
        // Everything below a folder still to create is to create too.
        for (let deeper = depth + 1; deeper < path.length; deeper++) {
          if (!this.folders.has(this.key(path, deeper)))
            this.folders.set(this.key(path, deeper), {
              path: path.slice(0, deeper + 1),
              status: this.mode === "create" ? "failed" : "create",
              id: null,
            });
        }
        return null;
      }
      parentId = id;
    }
    return parentId;
  }

  private key(path: string[], depth: number): string {
    return JSON.stringify(path.slice(0, depth + 1).map((segment) => segment.toLowerCase()));
  }

  private async findChild(
    parentId: string | null,
    name: string,
    fresh = false
  ): Promise<GraphFolder | undefined> {
    const cacheKey = parentId ?? "";
    let list = fresh ? undefined : this.children.get(cacheKey);
    if (!list) {
      list = (
        await this.client.getAll<unknown>(
          parentId
            ? `/me/mailFolders/${pathSegment(parentId)}/childFolders?$top=999&$select=id,displayName`
            : "/me/mailFolders?$top=999&$select=id,displayName"
        )
      ).map(checked);
      this.children.set(cacheKey, list);
    }
    return list.find(
      (folder) => isMailFolder(folder) && folder.displayName.toLowerCase() === name.toLowerCase()
    );
  }
}
