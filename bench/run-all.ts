// Every bench in bench/, one after the other, on a fresh build (several of them measure dist/):
//   npm run bench
// Each prints its own figures; a bench that fails is named, and the others still run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fromRoot } from "../server/projectRoot.js";

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: fromRoot(), stdio: "inherit" }).status === 0;

if (!run("npm", ["run", "build"])) process.exit(1);
const benches = readdirSync(fromRoot("bench"))
  .filter((name) => name.endsWith(".ts") && name !== "run-all.ts")
  .sort();
const failed: string[] = [];
for (const bench of benches) {
  console.log(`\n=== bench/${bench}\n`);
  // --expose-gc: memory figures are taken above a collected baseline (pst-import.ts).
  if (!run(process.execPath, ["--expose-gc", "--import", "tsx", `bench/${bench}`]))
    failed.push(bench);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}
