// Folder paths ("Inbox" > "Gmail") to Graph folder ids. The first segment may be a well-known folder
// in English, whatever the mailbox's language ("Inbox" finds "Boîte de réception"). In "create" mode
// missing folders are created once, even across repeated or failed calls: after a 409 or an ambiguous
// failure the parent is listed again instead of posting again. Only mail folders are destinations:
// a search folder of the same name is not one (mail cannot be filed into a saved search).
import { z } from "zod";
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

/** A folder as Graph must send it; anything else is a malformed answer. */
const graphFolder = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  displayName: z.string(),
});
type GraphFolder = z.infer<typeof graphFolder>;

type ResolvedFolder = FolderPlan & { id: string | null };

const isMailFolder = (folder: GraphFolder) =>
  folder["@odata.type"] !== "#microsoft.graph.mailSearchFolder";

function checked(folder: unknown): GraphFolder {
  const parsed = graphFolder.safeParse(folder);
  if (!parsed.success)
    throw new GraphRequestError(502, "malformedResponse", "Graph sent a folder without id or name");
  return parsed.data;
}

/** A failure after which a write may or may not have been applied. */
export const ambiguous = (error: unknown): boolean =>
  error instanceof GraphRequestError && [0, 502, 503, 504].includes(error.status);

/** Exchange's refusals of a write because the mailbox holds as much as it may: nothing was written. */
export const overQuota = (error: unknown): error is GraphRequestError =>
  error instanceof GraphRequestError &&
  ["ErrorQuotaExceeded", "ErrorRulesOverQuota"].includes(error.code);

export class FolderResolver {
  private readonly folders = new Map<string, ResolvedFolder>();
  /** Each parent's children, listed once (null: the top of the mailbox). */
  private readonly children = new Map<string | null, GraphFolder[]>();
  private readonly create: boolean;

  /** create: false finds existing folders only (and reports what would be created). */
  constructor(
    private readonly client: GraphClient,
    options: { create: boolean }
  ) {
    this.create = options.create;
  }

  /** Every folder met so far, with what was (or would be) done. */
  plan(): FolderPlan[] {
    return [...this.folders.values()].map(({ path, status }) => ({ path, status }));
  }

  async resolve(path: string[]): Promise<string | null> {
    let parentId: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const key = JSON.stringify(path.slice(0, depth + 1).map((segment) => segment.toLowerCase()));
      let folder = this.folders.get(key);
      if (!folder) {
        folder =
          depth > 0 && parentId === null
            ? // Everything below a folder still to create is to create too.
              {
                path: path.slice(0, depth + 1),
                status: this.create ? "failed" : "create",
                id: null,
              }
            : await this.lookUp(path.slice(0, depth + 1), parentId);
        this.folders.set(key, folder);
      }
      parentId = folder.id;
    }
    return parentId;
  }

  /** The last folder of a path, found under its parent (null: the top) or, when allowed, created. */
  private async lookUp(path: string[], parentId: string | null): Promise<ResolvedFolder> {
    const name = path.at(-1)!;
    const wellKnown = parentId === null ? WELL_KNOWN.get(name.toLowerCase()) : undefined;
    const id = wellKnown
      ? checked(await this.client.get(`/me/mailFolders/${wellKnown}?$select=id,displayName`)).id
      : ((await this.findChild(parentId, name))?.id ?? null);
    if (id) return { path, status: "exists", id };
    if (!this.create) return { path, status: "create", id: null };
    try {
      const created = await this.client.post(
        parentId ? `/me/mailFolders/${pathSegment(parentId)}/childFolders` : "/me/mailFolders",
        { displayName: name }
      );
      return { path, status: "created", id: checked(created).id };
    } catch (error) {
      if (overQuota(error)) return { path, status: "failed", id: null };
      // Created by a previous attempt or a concurrent one, or maybe by this one: look again.
      const exists = error instanceof GraphRequestError && error.status === 409;
      if (!exists && !ambiguous(error)) throw error;
      const found = (await this.findChild(parentId, name, true))?.id ?? null;
      if (!found) return { path, status: "failed", id: null };
      return { path, status: exists ? "exists" : "created", id: found };
    }
  }

  private async findChild(
    parentId: string | null,
    name: string,
    fresh = false
  ): Promise<GraphFolder | undefined> {
    let list = fresh ? undefined : this.children.get(parentId);
    if (!list) {
      list = (
        await this.client.getAll<unknown>(
          parentId
            ? `/me/mailFolders/${pathSegment(parentId)}/childFolders?$top=999&$select=id,displayName`
            : "/me/mailFolders?$top=999&$select=id,displayName"
        )
      ).map(checked);
      this.children.set(parentId, list);
    }
    return list.find(
      (folder) => isMailFolder(folder) && folder.displayName.toLowerCase() === name.toLowerCase()
    );
  }
}
