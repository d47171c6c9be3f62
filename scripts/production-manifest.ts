// npm run manifest:prod -- --url https://mailbridge.example.org [--client-id <guid>] [--out file]
// Writes the manifest for a public host (sideload by URL/file, or upload in the Microsoft 365 admin
// center under Settings > Integrated apps), then validates it with the same offline checks.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderManifest } from "../server/manifest/renderManifest.js";
import { fromRoot } from "../server/projectRoot.js";
import { validateManifestFile } from "./validate-manifest.js";

const { values } = parseArgs({
  options: { url: { type: "string" }, "client-id": { type: "string" }, out: { type: "string" } },
});
const publicUrl = values.url ?? process.env.PUBLIC_URL;
const clientId = values["client-id"] ?? process.env.AZURE_CLIENT_ID ?? null;
if (!publicUrl || !/^https:\/\/[^/\s]+/.test(publicUrl)) {
  console.error(
    "Give the public https address the taskpane is served from: npm run manifest:prod -- --url https://mailbridge.example.org --client-id <Azure app id>"
  );
  process.exit(2);
}
if (!clientId)
  console.warn(
    "No --client-id (or AZURE_CLIENT_ID): the manifest keeps the placeholder app id, so single sign-on will not work."
  );

const host = new URL(publicUrl).host;
const out = values.out ?? fromRoot("dist", `manifest.${host}.xml`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  renderManifest(readFileSync(fromRoot("manifest.xml"), "utf8"), { publicUrl, clientId })
);
const { lines, ok } = await validateManifestFile(out);
for (const line of lines) console.log(line);
console.log(ok ? `Wrote ${out}` : `Wrote ${out}, but it has problems (see above).`);
process.exit(ok ? 0 : 1);
