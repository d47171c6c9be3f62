// Background load for bench/load.ts (hostile traffic, the largest compilations), run by autocannon
// in a child process of its own (backgroundLoadProcess.ts). An autocannon worker thread inside the
// measuring process stalled the measured requests: the lookup's p99.9 was 300–700 ms with only 11
// hostile requests a second, 75–87 ms with the same load from a separate process.
import { spawn } from "node:child_process";
import type { Options, Result } from "autocannon";

/** Starts that load now; resolves with autocannon's result when it is over. */
export async function backgroundLoad(options: Options): Promise<Result> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./backgroundLoadProcess.ts", import.meta.url).pathname],
    { stdio: ["pipe", "pipe", "inherit"] }
  );
  child.stdin.end(JSON.stringify(options));
  let output = "";
  for await (const chunk of child.stdout) output += String(chunk);
  return JSON.parse(output) as Result;
}
