// What a .pst holds (per folder: mail count, size, years; what is not mail and is left out) and what
// an import will do: the chosen folders and years, newest (or oldest) first, each item's target path
// in the mailbox — the tree recreated under one folder, or merged into the matching well-known folders.
import type {
  FolderKind,
  PstFolderInfo,
  PstItemSummary,
  PstProblem,
  PstReader,
} from "./pstReader.js";

/** Message classes that are mail (notes, reports, meeting mail, posts); the rest is left out. */
const MAIL_CLASSES = /^(IPM\.Note|IPM\.Schedule\.Meeting|IPM\.Post|IPM\.Sharing|REPORT\.|IPM$)/i;

export const isMailClass = (messageClass: string): boolean =>
  MAIL_CLASSES.test(messageClass || "IPM.Note");

export interface FolderSummary {
  id: number;
  path: string[];
  kind: FolderKind;
  mailCount: number;
  mailBytes: number;
  /** Items that are not mail (contacts, appointments, tasks…): listed and left out. */
  otherCount: number;
  years: Record<string, number>;
}

export interface PstSummary {
  storeId: string;
  folders: FolderSummary[];
  problems: PstProblem[];
  /** Every item, for planning without reading the file again. */
  items: PstItemSummary[];
}

export function summarize(reader: PstReader): PstSummary {
  const { folders, problems } = reader.folders();
  const items: PstItemSummary[] = [];
  const summaries = folders.map((folder: PstFolderInfo): FolderSummary => {
    const read = reader.items(folder);
    problems.push(...read.problems);
    const summary: FolderSummary = {
      id: folder.id,
      path: folder.path,
      kind: folder.kind,
      mailCount: 0,
      mailBytes: 0,
      otherCount: 0,
      years: {},
    };
    for (const item of read.items) {
      items.push(item);
      if (!isMailClass(item.messageClass)) {
        summary.otherCount++;
        continue;
      }
      summary.mailCount++;
      summary.mailBytes += item.sizeBytes;
      const year = item.date?.slice(0, 4) ?? "?";
      summary.years[year] = (summary.years[year] ?? 0) + 1;
    }
    return summary;
  });
  return { storeId: reader.storeId, folders: summaries, problems, items };
}

export type WellKnownFolder =
  "inbox" | "sentitems" | "deleteditems" | "drafts" | "junkemail" | "archive";

/** Where imported mail goes: under one new folder (the .pst's tree inside), or merged. */
export type ImportTarget =
  | { kind: "under"; folderName: string }
  /** Folders whose name is a well-known folder's (English or French) go there; others under the root. */
  | { kind: "merge" };

export interface PlanChoices {
  folderIds: number[] | "all";
  years: string[] | "all";
  order: "newestFirst" | "oldestFirst";
  target: ImportTarget;
}

/** A target: a path of folder names below a well-known folder or the mailbox's root. */
export interface TargetFolder {
  base: WellKnownFolder | "msgfolderroot";
  path: string[];
}

export interface PlannedItem extends PstItemSummary {
  folderPath: string[];
  target: TargetFolder;
}

export interface ImportPlan {
  items: PlannedItem[];
  totalBytes: number;
  /** Items not imported by nature (not mail), per folder path. */
  leftOut: { folderPath: string[]; count: number }[];
}

const WELL_KNOWN_NAMES: [RegExp, WellKnownFolder][] = [
  [/^(inbox|boîte de réception)$/i, "inbox"],
  [/^(sent items|sent|éléments envoyés)$/i, "sentitems"],
  [/^(deleted items|éléments supprimés)$/i, "deleteditems"],
  [/^(drafts|brouillons)$/i, "drafts"],
  [/^(junk e-?mail|courrier indésirable)$/i, "junkemail"],
  [/^(archive|archives)$/i, "archive"],
];

export const targetKey = (target: TargetFolder): string =>
  [target.base, ...target.path].join("\u0000");

function targetOf(path: string[], target: ImportTarget): TargetFolder {
  if (target.kind === "under") return { base: "msgfolderroot", path: [target.folderName, ...path] };
  const index = path.findIndex((name) => WELL_KNOWN_NAMES.some(([pattern]) => pattern.test(name)));
  if (index === -1) return { base: "msgfolderroot", path };
  const wellKnown = WELL_KNOWN_NAMES.find(([pattern]) => pattern.test(path[index]!))![1];
  return { base: wellKnown, path: path.slice(index + 1) };
}

export function planImport(summary: PstSummary, choices: PlanChoices): ImportPlan {
  const chosen = (id: number) => choices.folderIds === "all" || choices.folderIds.includes(id);
  const folders = new Map(summary.folders.map((folder) => [folder.id, folder]));
  const items: PlannedItem[] = [];
  const leftOut = new Map<number, number>();
  // One target per folder, shared by its items: the plan is kept for the whole import.
  const targets = new Map<number, TargetFolder>();
  for (const item of summary.items) {
    const folder = folders.get(item.folderId);
    if (!folder || !chosen(folder.id)) continue;
    if (!isMailClass(item.messageClass)) {
      leftOut.set(folder.id, (leftOut.get(folder.id) ?? 0) + 1);
      continue;
    }
    const year = item.date?.slice(0, 4) ?? "?";
    if (choices.years !== "all" && !choices.years.includes(year)) continue;
    let target = targets.get(folder.id);
    if (!target) targets.set(folder.id, (target = targetOf(folder.path, choices.target)));
    items.push({ ...item, folderPath: folder.path, target });
  }
  const direction = choices.order === "newestFirst" ? -1 : 1;
  // Undated items go last either way; ties keep the file's order so a plan is stable.
  items.sort((a, b) =>
    a.date === b.date
      ? 0
      : a.date === null
        ? 1
        : b.date === null
          ? -1
          : direction * a.date.localeCompare(b.date)
  );
  return {
    items,
    totalBytes: items.reduce((sum, item) => sum + item.sizeBytes, 0),
    leftOut: [...leftOut].map(([id, count]) => ({ folderPath: folders.get(id)!.path, count })),
  };
}
