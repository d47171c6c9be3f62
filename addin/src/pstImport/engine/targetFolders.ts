// Target folders of an import, found or created once: each level is looked up among its parent's
// children by name (case-insensitive, as Outlook compares them), created when missing, and after a
// 409 or an unknown outcome the parent is listed again instead of posting twice.
import type { GraphTransport, Outcome } from "./graphTransport.js";
import { targetKey, type TargetFolder } from "./importPlan.js";
import { ImportInterruption } from "./importInterruption.js";

interface GraphFolder {
  id: string;
  displayName: string;
  "@odata.type"?: string;
}

interface FolderPage {
  value?: GraphFolder[];
  "@odata.nextLink"?: string;
}

/** Microsoft refused to show or create a target folder (the items bound for it fail). */
export class TargetFolderError extends Error {}

/** No answer about a target folder: nothing can go on without it, so the run is interrupted. */
const unreachable = (what: string) => new ImportInterruption("unreachable", `${what}: no answer`);

const segment = (id: string) => encodeURIComponent(id);

export class TargetFolders {
  private readonly resolved = new Map<string, Promise<string>>();

  constructor(private readonly transport: GraphTransport) {}

  /** The folder's Graph id (one lookup per path, however many items ask at once). */
  idOf(target: TargetFolder): Promise<string> {
    const key = targetKey(target);
    let id = this.resolved.get(key);
    if (!id) {
      id = this.resolve(target);
      this.resolved.set(key, id);
      id.catch(() => this.resolved.delete(key));
    }
    return id;
  }

  private async resolve(target: TargetFolder): Promise<string> {
    if (target.path.length === 0) return this.wellKnown(target.base);
    const parent = await this.idOf({ base: target.base, path: target.path.slice(0, -1) });
    const name = target.path.at(-1)!;
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.child(parent, name);
      if (existing) return existing;
      const created = await this.transport.send<GraphFolder>({
        method: "POST",
        url: `/me/mailFolders/${segment(parent)}/childFolders`,
        json: { displayName: name },
      });
      if (created.kind === "ok" && typeof created.body.id === "string") return created.body.id;
      if (created.kind === "refused" && created.status !== 409)
        throw new TargetFolderError(`${name}: ${created.code} ${created.message}`);
      // 409 (someone made it meanwhile) or unknown outcome: list again.
    }
    throw new TargetFolderError(`${name}: the folder could not be created`);
  }

  private async wellKnown(name: string): Promise<string> {
    const answer = await this.transport.send<GraphFolder>({
      method: "GET",
      url: `/me/mailFolders/${name}?$select=id,displayName`,
    });
    if (answer.kind === "unknown") throw unreachable(name);
    if (answer.kind !== "ok" || typeof answer.body.id !== "string")
      throw new TargetFolderError(
        `${name}: ${answer.kind === "refused" ? answer.code : "no folder id"}`
      );
    return answer.body.id;
  }

  private async child(parentId: string, name: string): Promise<string | null> {
    let url: string | null =
      `/me/mailFolders/${segment(parentId)}/childFolders?$select=id,displayName&$top=100`;
    while (url) {
      const page: Outcome<FolderPage> = await this.transport.send<FolderPage>({
        method: "GET",
        url,
      });
      if (page.kind === "unknown") throw unreachable("listing folders");
      if (page.kind !== "ok" || !Array.isArray(page.body.value))
        throw new TargetFolderError(`listing folders: ${JSON.stringify(page).slice(0, 200)}`);
      const found = page.body.value.find(
        (folder) =>
          folder.displayName.toLowerCase() === name.toLowerCase() &&
          folder["@odata.type"] !== "#microsoft.graph.mailSearchFolder"
      );
      if (found) return found.id;
      url = page.body["@odata.nextLink"] ?? null;
    }
    return null;
  }
}
