// Prints the taskpane's download size (raw and gzip) per built file. Run after `npm run build`:
//   npx tsx bench/bundle-size.ts
// For comparison, the yo-office React template ships about 167 KB gzip of JavaScript. "first paint" is
// taskpane.html plus the entry bundle; the other chunks load when their section is opened.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fromRoot } from "../server/projectRoot.js";

const dir = fromRoot("dist/addin");
let totalRaw = 0;
let totalGzip = 0;
for (const name of readdirSync(dir).filter((file) => /\.(js|html|css)$/.test(file))) {
  const bytes = readFileSync(path.join(dir, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  totalRaw += statSync(path.join(dir, name)).size;
  totalGzip += gzip;
  console.log(
    `${name.padEnd(32)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`
  );
}
const entry = readdirSync(dir).filter((file) =>
  /^taskpane\.[0-9a-f]{8}\.js$|^taskpane\.html$/.test(file)
);
const firstPaint = entry.reduce(
  (sum, name) => sum + gzipSync(readFileSync(path.join(dir, name)), { level: 9 }).length,
  0
);
console.log(
  `${"first paint (html + entry)".padEnd(32)} ${"".padStart(8)}     ${(firstPaint / 1024).toFixed(1).padStart(7)} KB gzip`
);
console.log(
  `${"total".padEnd(32)} ${(totalRaw / 1024).toFixed(1).padStart(8)} KB  ${(totalGzip / 1024).toFixed(1).padStart(7)} KB gzip`
);
