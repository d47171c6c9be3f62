// Sieve checks: Debian's dovecot-sieve `sievec` compiles the script (the real validator), and a small
// tokenizer (RFC 5228 §2.4.2) returns every quoted string's value, comments skipped.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Compiles every script with one sievec run over a folder (sievec compiles each *.sieve in it, but
 * stops at the first script that fails): a failing script is set aside with its messages and the
 * rest compiled again, up to `maxFailures`.
 */
export async function sievecErrors(
  scripts: string[],
  maxFailures = 3
): Promise<{ index: number; output: string }[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sieve-"));
  const failures: { index: number; output: string }[] = [];
  try {
    scripts.forEach((script, index) => writeFileSync(path.join(dir, `s${index}.sieve`), script));
    while (failures.length < maxFailures) {
      try {
        await run("sievec", [dir], { maxBuffer: 64 * 1024 * 1024 });
        break;
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        const output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
        const index = Number(
          /failed to compile sieve script '[^']*\/s(\d+)\.sieve'/.exec(output)?.[1]
        );
        if (!Number.isInteger(index))
          throw new Error(`sievec failed without naming a script:\n${output}`, { cause: error });
        failures.push({ index, output });
        rmSync(path.join(dir, `s${index}.sieve`));
      }
    }
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
