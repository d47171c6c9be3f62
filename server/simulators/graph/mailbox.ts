// The simulated mailbox: folders (with item counts and sizes), messages' dates, inbox rules and
// mailbox settings, as Graph would report them. Seeded from a description (JSON-able) so demo and
// tests can describe the mailbox they need; the generator builds large ones for benchmarks.

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
}

export interface RuleSeed {
  displayName: string;
  sequence: number;
  isEnabled: boolean;
  hasError?: boolean;
  conditions?: Record<string, unknown>;
  exceptions?: Record<string, unknown>;
  actions: Record<string, unknown>;
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
}

export interface SimRule extends RuleSeed {
  id: string;
}

export interface SimMailbox {
  user: MailboxSeed["user"];
  rootId: string;
  folders: Map<string, SimFolder>;
  rules: SimRule[];
  mailboxSettings: Record<string, unknown>;
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
  });
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
    };
    folders.set(id, folder);
    folders.get(parentId)!.childFolderIds.push(id);
    for (const child of folderSeed.children ?? []) add(child, id);
  };
  for (const folderSeed of seed.folders) add(folderSeed, rootId);
  return {
    user: seed.user,
    rootId,
    folders,
    rules: seed.rules.map((rule) => ({ ...rule, id: nextId("AQAAA") })),
    mailboxSettings: seed.mailboxSettings,
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
  let remaining = options.total - 6;
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
    ],
    rules: [],
    mailboxSettings: { timeZone: "UTC", language: { locale: "en-US" } },
  };
}
