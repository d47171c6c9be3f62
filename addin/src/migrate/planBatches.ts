// The .pst migration planner: what the .pst holds (folder × year, with item counts and sizes) becomes
// upload batches under a size bound, newest years first (the mail people look for), each folder-year
// in exactly one batch. A folder-year larger than the bound gets a batch of its own and a flag: the
// user splits it by month in Outlook.

export interface PstEntry {
  folder: string;
  year: number;
  items: number;
  sizeBytes: number;
}

export interface Batch {
  index: number;
  entries: PstEntry[];
  sizeBytes: number;
  items: number;
  /** The single entry is bigger than the bound. */
  oversized: boolean;
}

export interface MigrationPlan {
  batches: Batch[];
  totalBytes: number;
  totalItems: number;
}

export const DEFAULT_BATCH_BYTES = 1024 ** 3; // about 20–40 minutes of upload on a home connection

export function planBatches(
  entries: PstEntry[],
  maxBatchBytes: number = DEFAULT_BATCH_BYTES
): MigrationPlan {
  const ordered = [...entries].sort((a, b) => b.year - a.year || a.folder.localeCompare(b.folder));
  const batches: Batch[] = [];
  let current: Batch | null = null;
  for (const entry of ordered) {
    if (entry.sizeBytes > maxBatchBytes) {
      batches.push({
        index: 0,
        entries: [entry],
        sizeBytes: entry.sizeBytes,
        items: entry.items,
        oversized: true,
      });
      current = null;
      continue;
    }
    if (
      !current ||
      current.sizeBytes + entry.sizeBytes > maxBatchBytes ||
      current.entries[0]!.year !== entry.year
    ) {
      current = { index: 0, entries: [], sizeBytes: 0, items: 0, oversized: false };
      batches.push(current);
    }
    current.entries.push(entry);
    current.sizeBytes += entry.sizeBytes;
    current.items += entry.items;
  }
  batches.forEach((batch, index) => (batch.index = index + 1));
  return {
    batches,
    totalBytes: entries.reduce((sum, entry) => sum + entry.sizeBytes, 0),
    totalItems: entries.reduce((sum, entry) => sum + entry.items, 0),
  };
}

/** Why a line could not be read: its text is shown back to the user with the reason. */
export type LineProblem = "columns" | "year" | "items" | "size";

export interface UnreadableLine {
  /** 1-based. */
  line: number;
  text: string;
  problem: LineProblem;
}

export interface ParseResult {
  entries: PstEntry[];
  unreadable: UnreadableLine[];
}

const UNITS: Record<string, number> = {
  "": 1024 ** 2,
  b: 1,
  o: 1,
  kb: 1024,
  ko: 1024,
  mb: 1024 ** 2,
  mo: 1024 ** 2,
  gb: 1024 ** 3,
  go: 1024 ** 3,
};

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number as the user's language writes it: "12 410" and "1,5" in French (where "1.5" is read too);
 * "12,410" and "1.5" in English. A group separator must be followed by exactly three digits, so
 * "1,5" is never 15.
 */
export function parseLocaleNumber(text: string, locale: string): number {
  const trimmed = text.trim();
  const french = locale.toLowerCase().startsWith("fr");
  const formats: [group: string, decimal: string][] = french
    ? [
        ["[\\s\\u00a0\\u202f]", ","],
        ["[\\s\\u00a0\\u202f]", "."],
      ]
    : [["[\\s\\u00a0\\u202f,]", "."]];
  for (const [group, decimal] of formats) {
    const escaped = `\\${decimal}`;
    const grouped = new RegExp(
      `^\\d{1,3}(?:${group}\\d{3})+(?:${escaped}\\d+)?$|^\\d+(?:${escaped}\\d+)?$`
    );
    if (!grouped.test(trimmed)) continue;
    const [whole, fraction] = trimmed.split(decimal);
    return Number(`${whole!.replace(/\D/g, "")}${fraction === undefined ? "" : `.${fraction}`}`);
  }
  return Number.NaN;
}

/** A first line naming the columns ("Folder;Year;…"), recognised by its year cell. */
const isHeader = (cells: string[]) => /^(year|ann[ée]e|an)$/i.test((cells[1] ?? "").trim());

/**
 * Reads pasted lines "folder; year; items; size" (tab, semicolon or comma separated; size in MB
 * unless a unit follows: "1,2 Go", "850 MB"), with numbers written in the user's language. Every line
 * that cannot be read is returned with the reason, never dropped silently.
 */
export function parsePstList(text: string, locale: string): ParseResult {
  const entries: PstEntry[] = [];
  const unreadable: UnreadableLine[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const separator = line.includes("\t") ? "\t" : line.includes(";") ? ";" : ",";
    const cells = line.split(separator).map((cell) => cell.trim());
    const wasFirst = first;
    first = false;
    if (wasFirst && isHeader(cells)) return;
    const problem = (what: LineProblem) =>
      unreadable.push({ line: index + 1, text: line.trim(), problem: what });
    const [folder, yearText, itemsText, sizeText] = cells;
    if (!folder || cells.length !== 4) return problem("columns");
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) return problem("year");
    const items = parseLocaleNumber(itemsText!, locale);
    if (!Number.isInteger(items) || items < 0) return problem("items");
    const size = /^(.*?)\s*([a-zA-Z]*)$/.exec(sizeText!.replace(SPACES, " ").trim());
    const unit = UNITS[(size?.[2] ?? "").toLowerCase()];
    const amount = size ? parseLocaleNumber(size[1]!, locale) : Number.NaN;
    if (unit === undefined || !Number.isFinite(amount) || amount < 0) return problem("size");
    entries.push({ folder, year, items, sizeBytes: Math.round(amount * unit) });
  });
  return { entries, unreadable };
}

/** The "keep mail offline" slider value to use, from the free disk space and the mailbox size. */
export function offlineCacheSetting(
  freeDiskBytes: number,
  mailboxBytes: number
): "all" | "1year" | "3months" {
  if (freeDiskBytes >= mailboxBytes * 2) return "all";
  if (freeDiskBytes >= mailboxBytes / 2) return "1year";
  return "3months";
}
