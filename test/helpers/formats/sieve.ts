// Sieve checks: Debian's dovecot-sieve `sievec` compiles the script (the real validator), and a small
// tokenizer (RFC 5228 §2.4.2) returns every quoted string's value, comments skipped.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function sievecErrors(
  scripts: string[],
  parallel = 4
): Promise<{ index: number; output: string }[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sieve-"));
  const failures: { index: number; output: string }[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < scripts.length; index = next++) {
      const file = path.join(dir, `s${index}.sieve`);
      writeFileSync(file, scripts[index]!);
      try {
        await run("sievec", [file, `${file}.svbin`]);
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        failures.push({ index, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    // Each run compiles thousands of scripts: leave nothing behind.
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

export function sieveStrings(script: string): string[] {
  const strings: string[] = [];
  for (let index = 0; index < script.length; index++) {
    const character = script[index];
    if (character === "#") {
      while (index < script.length && script[index] !== "\n") index++;
    } else if (character === "/" && script[index + 1] === "*") {
      index = script.indexOf("*/", index + 2) + 1;
    } else if (character === '"') {
      let value = "";
      for (index++; script[index] !== '"'; index++) {
        if (index >= script.length) throw new Error("unterminated string");
        if (script[index] === "\\") index++;
        value += script[index];
      }
      strings.push(value);
    }
  }
  return strings;
}
