// First paint of the standalone page (the one people open when Outlook does not start), in headless
// Chromium at 380 px: the time until the Diagnose form is on screen and usable, and the bytes that
// travelled until then, with Microsoft's CDN failing at once and with it hanging. Run after
// `npm run build`:
//   npx tsx bench/first-paint.ts              (starts the built server)
//   npx tsx bench/first-paint.ts --url http://localhost:3999   (measures a server already running)
import type { Browser } from "playwright-core";
import { launchBrowser } from "../test/helpers/browser.js";
import { startBuiltServer } from "../test/helpers/builtServer.js";

const RUNS = 5;
const CDN = "https://appsforoffice.microsoft.com";

async function measure(browser: Browser, url: string, cdn: "fails" | "hangs") {
  const context = await browser.newContext({
    locale: "fr-FR",
    viewport: { width: 380, height: 720 },
  });
  await context.route(`${CDN}/**`, (route) =>
    cdn === "hangs" ? new Promise<void>(() => undefined) : route.abort("internetdisconnected")
  );
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  let painted = false;
  page.on("requestfinished", (request) => {
    if (!painted)
      sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  const started = Date.now();
  void page.goto(`${url}/taskpane.html`).catch(() => undefined);
  // The page is usable when the diagnosis button is visible (the CDN may still be pending).
  await page
    .getByRole("button", { name: /Vérifier mon compte|Check my account/ })
    .waitFor({ timeout: 60000 });
  const ms = Date.now() - started;
  painted = true;
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ms, bytes };
}

const urlArgument = process.argv.indexOf("--url");
const server = urlArgument > 0 ? null : await startBuiltServer();
const url = urlArgument > 0 ? process.argv[urlArgument + 1]! : server!.url;
const browser = await launchBrowser();
try {
  for (const cdn of ["fails", "hangs"] as const) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, url, cdn));
    const times = runs.map((run) => run.ms).sort((a, b) => a - b);
    console.log(
      `CDN ${cdn.padEnd(5)}: first paint median ${times[Math.floor(RUNS / 2)]} ms (min ${times[0]}, max ${times.at(-1)}), ${(runs[0]!.bytes / 1024).toFixed(1)} KB on the wire`
    );
  }
} finally {
  await browser.close();
  await server?.stop();
}
