// npm run validate [file]: checks an Outlook manifest offline and says what was checked.
// Exit code 1 when any problem is found.
import { readFileSync } from "node:fs";
import officeAddinManifest from "office-addin-manifest";
import { checkManifest } from "./manifest/checkManifest.js";
import { schemaProblems } from "./manifest/xsdCheck.js";
import { fromRoot } from "../server/projectRoot.js";

export async function validateManifestFile(
  file: string
): Promise<{ lines: string[]; ok: boolean }> {
  const lines: string[] = [];
  const problems: string[] = [];
  try {
    // office-addin-manifest's own parser (no network): the fields Office tooling reads.
    const info = await officeAddinManifest.OfficeAddinManifest.readManifestFile(file);
    lines.push(
      `✔ parsed by office-addin-manifest: ${info.displayName} ${info.version} (${info.officeAppType}, id ${info.id})`
    );
  } catch (error) {
    problems.push(
      `office-addin-manifest cannot read the file: ${(error as Error).message.split("\n").join(" ")}`
    );
    lines.push(`✘ ${problems[0]}`);
  }
  const xml = readFileSync(file, "utf8");
  const schema = await schemaProblems(xml);
  lines.push(
    `${schema.length === 0 ? "✔" : "✘"} valid against Microsoft's add-in manifest schemas (xmllint --schema)`
  );
  for (const problem of schema) lines.push(`    - ${problem}`);
  problems.push(...schema);
  const report = checkManifest(xml, {
    assetDirectory: fromRoot("addin/assets"),
    requiredLocales: ["fr-FR"],
  });
  for (const check of report.checks) {
    lines.push(`${check.problems.length === 0 ? "✔" : "✘"} ${check.name}`);
    for (const problem of check.problems) lines.push(`    - ${problem}`);
  }
  problems.push(...report.problems);
  lines.push(
    problems.length === 0
      ? `${file}: valid (offline checks; Microsoft's online validator is not used because it needs the network).`
      : `${file}: ${problems.length} problem(s).`
  );
  return { lines, ok: problems.length === 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? fromRoot("manifest.xml");
  const { lines, ok } = await validateManifestFile(file);
  for (const line of lines) console.log(line);
  process.exit(ok ? 0 : 1);
}
