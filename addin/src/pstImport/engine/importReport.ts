// What an import did, per folder (imported, skipped with the reason, failed with the reason), and the
// same as a CSV file (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read accents).
import type { PlannedItem } from "./importPlan.js";
import type { ItemResult } from "./messageWriter.js";

export interface ReportLine {
  folderPath: string[];
  subject: string;
  date: string | null;
  status: ItemResult["status"];
  reason: string | null;
}

export interface FolderReport {
  folderPath: string[];
  imported: number;
  alreadyThere: number;
  skipped: number;
  failed: number;
}

export class ImportReport {
  readonly lines: ReportLine[] = [];

  add(item: PlannedItem, result: ItemResult): void {
    this.lines.push({
      folderPath: item.folderPath,
      subject: item.subject,
      date: item.date,
      status: result.status,
      reason: result.reason ?? null,
    });
  }

  folders(): FolderReport[] {
    const byPath = new Map<string, FolderReport>();
    for (const line of this.lines) {
      const key = line.folderPath.join("\u0000");
      let folder = byPath.get(key);
      if (!folder) {
        folder = {
          folderPath: line.folderPath,
          imported: 0,
          alreadyThere: 0,
          skipped: 0,
          failed: 0,
        };
        byPath.set(key, folder);
      }
      folder[line.status]++;
    }
    return [...byPath.values()];
  }
}

export interface CsvLabels {
  header: [folder: string, subject: string, date: string, status: string, reason: string];
  status: Record<ItemResult["status"], string>;
}

const field = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function reportCsv(lines: ReportLine[], labels: CsvLabels): string {
  const rows = [
    labels.header,
    ...lines.map((line) => [
      line.folderPath.join(" / "),
      line.subject,
      line.date ?? "",
      labels.status[line.status],
      line.reason ?? "",
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
