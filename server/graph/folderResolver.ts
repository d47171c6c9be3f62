// Folder paths ("Inbox" > "Gmail") to Graph folder ids. The first segment may be a well-known folder
// in English, whatever the mailbox's language ("Inbox" finds "Boîte de réception"). In "create" mode
// missing folders are created once, even across repeated or failed calls: after a 409 or an ambiguous
// failure the parent is listed again instead of posting again.
import type { FolderPlan } from "@contracts/ruleApply.js";
import { GraphRequestError, type GraphClient } from "./graphClient.js";

const WELL_KNOWN: Record<string, string> = {
  inbox: "inbox",
  archive: "archive",
  "sent items": "sentitems",
  "deleted items": "deleteditems",
  "junk email": "junkemail",
  drafts: "drafts",
};

interface GraphFolder {
  id: string;
  displayName: string;
}

/** A failure after which a write may or may not have been applied. */
export const ambiguous = (error: unknown): boolean =>
  error instanceof GraphRequestError && [0, 502, 503, 504].includes(error.status);

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
      const wellKnown = depth === 0 ? WELL_KNOWN[name.toLowerCase()] : undefined;
      let id: string | null = wellKnown
        ? (
            await this.client.get<GraphFolder>(
              `/me/mailFolders/${wellKnown}?$select=id,displayName`
            )
          ).id
        : ((await this.findChild(parentId, name))?.id ?? null);
      let status: FolderPlan["status"] = id ? "exists" : "create";
      if (!id && this.mode === "create") {
        try {
          id = (
            await this.client.post<GraphFolder>(
              parentId
                ? `/me/mailFolders/${encodeURIComponent(parentId)}/childFolders`
                : "/me/mailFolders",
              { displayName: name }
            )
          ).id;
          status = "created";
        } catch (error) {
          // Created by a previous attempt or a concurrent one, or maybe by this one: look again.
          const exists = error instanceof GraphRequestError && error.status === 409;
          if (!exists && !ambiguous(error)) throw error;
          id = (await this.findChild(parentId, name, true))?.id ?? null;
          status = id ? (exists ? "exists" : "created") : "failed";
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
      list = await this.client.getAll<GraphFolder>(
        parentId
          ? `/me/mailFolders/${encodeURIComponent(parentId)}/childFolders?$top=999&$select=id,displayName`
          : "/me/mailFolders?$top=999&$select=id,displayName"
      );
      this.children.set(cacheKey, list);
    }
    return list.find((folder) => folder.displayName.toLowerCase() === name.toLowerCase());
  }
}
