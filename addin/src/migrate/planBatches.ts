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

export interface ParseResult {
  entries: PstEntry[];
  /** 1-based line numbers that could not be read. */
  badLines: number[];
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

/**
 * Reads pasted lines "folder; year; items; size" (comma, semicolon or tab separated; size in MB
 * unless a unit follows: "1,2 Go", "850 MB"). French decimal commas are accepted when the separator
 * is ";" or a tab.
 */
export function parsePstList(text: string): ParseResult {
  const entries: PstEntry[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || /^\s*(folder|dossier)\b/i.test(line)) return;
    const separator = line.includes("\t") ? "\t" : line.includes(";") ? ";" : ",";
    const cells = line.split(separator).map((cell) => cell.trim());
    const [folder, yearText, itemsText, sizeText] = cells;
    const year = Number(yearText);
    const items = Number((itemsText ?? "").replace(/[\s\u00a0\u202f]/g, ""));
    const size = /^([\d\s\u00a0\u202f]+(?:[.,]\d+)?)\s*([a-zA-Z]*)$/.exec(sizeText ?? "");
    const unit = UNITS[(size?.[2] ?? "").toLowerCase()];
    const amount = size
      ? Number(size[1]!.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
      : Number.NaN;
    if (
      !folder ||
      !Number.isInteger(year) ||
      year < 1990 ||
      year > 2100 ||
      !Number.isInteger(items) ||
      items < 0 ||
      unit === undefined ||
      !Number.isFinite(amount) ||
      amount < 0
    ) {
      badLines.push(index + 1);
      return;
    }
    entries.push({ folder, year, items, sizeBytes: Math.round(amount * unit) });
  });
  return { entries, badLines };
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
