// The simulated mailbox: folders (with item counts and sizes), mail search folders, messages' dates,
// inbox rules and mailbox settings, as Graph would report them. Seeded from a description (JSON-able)
// so demo and tests can describe the mailbox they need; the generator builds large ones for benchmarks.
import { createRule, type SimRule } from "./messageRules.js";
import type { SimMessage } from "./messages.js";

export type { SimRule } from "./messageRules.js";

export type WellKnownName =
  "inbox" | "sentitems" | "drafts" | "deleteditems" | "junkemail" | "archive" | "outbox";

export interface FolderSeed {
  /** Display name as the user sees it (localised for well-known folders). */
  name: string;
  wellKnownName?: WellKnownName;
  items?: number;
  unread?: number;
  sizeBytes?: number;
  /** ISO dates of messages, newest first; only the newest few matter to the checks. */
  messageDates?: string[];
  children?: FolderSeed[];
  /**
   * A mail search folder (a saved search, like Outlook's "Unread mail" or "Large mail"): its counts
   * and size are those of the messages it finds, which live in other folders.
   */
  search?: { filterQuery: string; sources: WellKnownName[] };
}

/** A rule as a POST body would give it; folder actions may name folders by path, resolved to ids. */
export interface RuleSeed {
  displayName: string;
  sequence: number;
  isEnabled: boolean;
  /** The rule broke after it was made (say its folder was deleted since): it keeps its stale folder id. */
  hasError?: boolean;
  conditions?: Record<string, unknown>;
  exceptions?: Record<string, unknown>;
  actions: Record<string, unknown>;
  /** Display-name paths from the root, e.g. ["Courrier indésirable"]. */
  folderPaths?: { moveToFolder?: string[]; copyToFolder?: string[] };
}

export interface MailboxSeed {
  user: { id: string; displayName: string; mail: string };
  folders: FolderSeed[];
  rules: RuleSeed[];
  mailboxSettings: Record<string, unknown>;
}

export interface SimFolder {
  id: string;
  displayName: string;
  parentFolderId: string;
  wellKnownName: WellKnownName | null;
  childFolderIds: string[];
  totalItemCount: number;
  unreadItemCount: number;
  sizeBytes: number;
  messageDates: string[];
  isHidden: boolean;
  search: { filterQuery: string; sourceFolderIds: string[]; includeNestedFolders: boolean } | null;
}

export interface SimMailbox {
  user: MailboxSeed["user"];
  rootId: string;
  folders: Map<string, SimFolder>;
  rules: SimRule[];
  mailboxSettings: Record<string, unknown>;
  /** Messages created through Graph (seeded folders only carry counts and dates). */
  messages: Map<string, SimMessage>;
  /** What those messages and their attachments take (the simulator's limits bound it). */
  importedBytes: number;
  nextId(prefix: string): string;
}

/** Graph ids are long opaque base64 strings; ours are opaque too, and stable for a given seed. */
export function buildMailbox(seed: MailboxSeed): SimMailbox {
  let counter = 0;
  const nextId = (prefix: string) =>
    `${prefix}${Buffer.from(`${seed.user.id}:${prefix}:${++counter}`).toString("base64url")}`;
  const rootId = nextId("AAMkRoot");
  const folders = new Map<string, SimFolder>();
  folders.set(rootId, {
    id: rootId,
    displayName: "Top of Information Store",
    parentFolderId: "",
    wellKnownName: null,
    childFolderIds: [],
    totalItemCount: 0,
    unreadItemCount: 0,
    sizeBytes: 0,
    messageDates: [],
    isHidden: false,
    search: null,
  });
  const searches: [SimFolder, FolderSeed["search"] & object][] = [];
  const add = (folderSeed: FolderSeed, parentId: string) => {
    const id = nextId("AAMkF");
    const folder: SimFolder = {
      id,
      displayName: folderSeed.name,
      parentFolderId: parentId,
      wellKnownName: folderSeed.wellKnownName ?? null,
      childFolderIds: [],
      totalItemCount: folderSeed.items ?? 0,
      unreadItemCount: folderSeed.unread ?? 0,
      sizeBytes: folderSeed.sizeBytes ?? (folderSeed.items ?? 0) * 75_000,
      messageDates: folderSeed.messageDates ?? [],
      isHidden: false,
      search: null,
    };
    folders.set(id, folder);
    folders.get(parentId)!.childFolderIds.push(id);
    if (folderSeed.search) searches.push([folder, folderSeed.search]);
    for (const child of folderSeed.children ?? []) add(child, id);
  };
  for (const folderSeed of seed.folders) add(folderSeed, rootId);
  const all = [...folders.values()];
  for (const [folder, search] of searches)
    folder.search = {
      filterQuery: search.filterQuery,
      sourceFolderIds: search.sources.map(
        (name) => all.find((candidate) => candidate.wellKnownName === name)!.id
      ),
      includeNestedFolders: true,
    };
  const byPath = (path: string[]): string => {
    let current = folders.get(rootId)!;
    for (const name of path) {
      const next = current.childFolderIds
        .map((childId) => folders.get(childId)!)
        .find((child) => child.displayName === name);
      if (!next)
        throw new Error(`seed rule names a folder that is not in the seed: ${path.join(" > ")}`);
      current = next;
    }
    return current.id;
  };
  return {
    user: seed.user,
    rootId,
    folders,
    // Seeded rules go through the same checks and normalisation as a POST; a stale folder id is kept as is.
    rules: seed.rules.map((ruleSeed) => {
      const { hasError, folderPaths, ...body } = ruleSeed;
      const actions = { ...body.actions };
      for (const [field, path] of Object.entries(folderPaths ?? {})) actions[field] = byPath(path);
      const rule = createRule({ ...body, actions }, nextId("AQAAA"), (value) => value);
      return { ...rule, hasError: hasError ?? false };
    }),
    mailboxSettings: seed.mailboxSettings,
    messages: new Map(),
    importedBytes: 0,
    nextId,
  };
}

const DAY = 24 * 3600 * 1000;

/** A large mailbox for benchmarks: `breadth` folders per level, `depth` levels, `total` folders at most. */
export function generateMailbox(options: {
  total: number;
  breadth: number;
  now?: Date;
  userId?: string;
}): MailboxSeed {
  const now = options.now ?? new Date("2026-11-20T08:00:00Z");
  let remaining = options.total - 7; // the well-known folders and the search folder below
  const level = (prefix: string, depth: number): FolderSeed[] => {
    const result: FolderSeed[] = [];
    for (let index = 0; index < options.breadth && remaining > 0; index++) {
      remaining--;
      result.push({
        name: `${prefix}${index + 1}`,
        items: 50 + ((index * 37) % 900),
        children: [],
      });
    }
    if (depth > 0)
      for (const folder of result) folder.children = level(`${folder.name}.`, depth - 1);
    return result;
  };
  const depth = Math.max(
    1,
    Math.ceil(Math.log(Math.max(options.total, 2)) / Math.log(options.breadth)) - 1
  );
  const generated = level("Folder ", depth);
  return {
    user: {
      id: options.userId ?? "bench-user",
      displayName: "Bench User",
      mail: "bench@outlook.com",
    },
    folders: [
      {
        name: "Inbox",
        wellKnownName: "inbox",
        items: 1200,
        messageDates: [new Date(now.getTime() - DAY).toISOString()],
      },
      { name: "Sent Items", wellKnownName: "sentitems", items: 800 },
      { name: "Drafts", wellKnownName: "drafts", items: 3 },
      { name: "Deleted Items", wellKnownName: "deleteditems", items: 4000 },
      { name: "Junk Email", wellKnownName: "junkemail", items: 300 },
      { name: "Archive", wellKnownName: "archive", items: 0, children: generated },
      {
        name: "Unread Mail",
        items: 40,
        search: { filterQuery: "isRead eq false", sources: ["inbox"] },
      },
    ],
    rules: [],
    mailboxSettings: {
      timeZone: "UTC",
      language: { locale: "en-US", displayName: "English (United States)" },
      automaticRepliesSetting: { status: "disabled", externalAudience: "none" },
    },
  };
}
