// Validates a manifest against Microsoft's add-in manifest schemas (scripts/manifest/xsd, see its
// SOURCES.md) with libxml2's xmllint, offline. Returns xmllint's messages, empty when valid.
import { spawn } from "node:child_process";
import { fromRoot } from "../../server/projectRoot.js";

export const MANIFEST_SCHEMA = fromRoot("scripts/manifest/xsd/OfficeAppManifestV1_1.xsd");

export function schemaProblems(xml: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("xmllint", ["--noout", "--nonet", "--schema", MANIFEST_SCHEMA, "-"], {
      stdio: ["pipe", "ignore", "pipe"],
    });
    let output = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", (error) =>
      reject(new Error(`xmllint is needed (Debian libxml2-utils): ${error.message}`))
    );
    child.on("close", (code) => {
      const lines = output
        .split("\n")
        .filter((line) => line.trim() !== "" && !/^- (validates|fails to validate)$/.test(line));
      if (code === 0) resolve([]);
      else
        resolve(
          lines.length > 0
            ? lines.map((line) => line.replace(/^-:(\d+):/, "line $1:"))
            : [`xmllint exited with ${code}`]
        );
    });
    child.stdin.end(xml);
  });
}
