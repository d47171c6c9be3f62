// Child process entry for backgroundLoad.ts: reads autocannon's options as one JSON object on
// stdin, runs them, prints the result as one JSON line.
import autocannon, { type Options, type Result } from "autocannon";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk as string;
const result: Result = await autocannon(JSON.parse(input) as Options);
process.stdout.write(`${JSON.stringify(result)}\n`);
