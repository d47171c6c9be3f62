// Locates the repository root (where package.json lives), whether the server runs from sources
// (tsx, tests) or from dist/ (npm run serve): paths to built assets must not depend on either.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (
      existsSync(candidate) &&
      (JSON.parse(readFileSync(candidate, "utf8")) as { name?: string }).name === "mailbridge"
    ) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find MailBridge's package.json above " + start);
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export const VERSION = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }
).version;

export const fromRoot = (...segments: string[]): string => path.join(PROJECT_ROOT, ...segments);
