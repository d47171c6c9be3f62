// Debian's pffexport (libpff, pff-tools): an independent .pst reader, the oracle our reader is held
// against. Exports a file into a temporary folder and reads back, per folder path (below the
// mailbox's top folder), each message's subject, dates, flags and the SHA-256 of its attachments.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PffMessage {
  subject: string;
  deliveryTime: string | null;
  submitTime: string | null;
  read: boolean;
  attachmentSha256: string[];
}

/** Folder path (names joined by " / ", below the top folder) → its messages. */
export type PffExport = Map<string, PffMessage[]>;

/** "Jan 30, 2001 12:44:00.000000000 UTC" → ISO, to the second. */
function pffDate(value: string | undefined): string | null {
  const match = /^(\w{3} \d{1,2}, \d{4} \d{2}:\d{2}:\d{2})\.\d+ UTC$/.exec(value?.trim() ?? "");
  return match ? new Date(`${match[1]} UTC`).toISOString().replace(/\.000Z$/, "Z") : null;
}

function headers(file: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([^:\t]+):\t+(.*)$/.exec(line);
    if (match) fields.set(match[1]!, match[2]!);
  }
  return fields;
}

export function pffexport(pstFile: string): PffExport {
  const work = mkdtempSync(path.join(tmpdir(), "pffexport-"));
  try {
    execFileSync("pffexport", ["-q", "-m", "all", "-t", path.join(work, "out"), pstFile], {
      stdio: "ignore",
    });
    const root = path.join(work, "out.export");
    const result: PffExport = new Map();
    const walk = (dir: string, folderPath: string[]) => {
      for (const entry of readdirSync(dir).sort()) {
        const full = path.join(dir, entry);
        if (!statSync(full).isDirectory()) continue;
        if (/^Message\d+$/.test(entry)) {
          const fields = headers(path.join(full, "OutlookHeaders.txt"));
          const attachments = path.join(full, "Attachments");
          const key = folderPath.slice(1).join(" / ");
          const list = result.get(key) ?? [];
          list.push({
            subject: fields.get("Subject") ?? "",
            deliveryTime: pffDate(fields.get("Delivery time")),
            submitTime: pffDate(fields.get("Client submit time")),
            read: /\bRead\b/.test(fields.get("Flags") ?? ""),
            attachmentSha256: (statSync(attachments, { throwIfNoEntry: false })?.isDirectory()
              ? readdirSync(attachments)
              : []
            )
              .map((name) =>
                createHash("sha256")
                  .update(readFileSync(path.join(attachments, name)))
                  .digest("hex")
              )
              .sort(),
          });
          result.set(key, list);
        } else {
          walk(full, [...folderPath, entry]);
        }
      }
    };
    // The export's first level is the file's root folders; the mailbox tree is the first of them.
    const top = readdirSync(root).find((name) => !/search/i.test(name));
    if (top) walk(path.join(root, top), [top]);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
