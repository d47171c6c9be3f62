// First paint of the standalone page (the one people open when Outlook does not start), in headless
// Chromium at 380 px, with Microsoft's CDN failing at once and with it hanging: when the shell
// (header, tabs, Diagnose form, painted from the server's HTML) is on screen — the browser's own
// first-contentful-paint — and when the live page has replaced it and takes input, with the bytes
// that travelled until the paint. Run after `npm run build`:
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
  page.on("requestfinished", (request) =>
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize))
  );
  const started = Date.now();
  const navigation = page.goto(`${url}/taskpane.html`, { waitUntil: "commit" });
  // Painted: the browser's first contentful paint (ms from the navigation's start).
  const paintMs = await page.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    undefined,
    { timeout: 60000, polling: 10 }
  );
  const ms = Math.round((await paintMs.jsonValue()) as number);
  // What the paint needs is the page itself (its script only makes it live).
  const page0 = await (await navigation)!.request().sizes();
  const pageBytes = page0.responseBodySize + page0.responseHeadersSize;
  // Live: the painted shell replaced by the app, whose diagnosis button is on screen.
  await page.locator("[data-prerendered]").waitFor({ state: "detached", timeout: 60000 });
  await page
    .getByRole("button", { name: /Vérifier mon compte|Check my account/ })
    .waitFor({ timeout: 60000 });
  const liveMs = Date.now() - started;
  const liveBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ms, liveMs, pageBytes, liveBytes };
}

const urlArgument = process.argv.indexOf("--url");
const server = urlArgument > 0 ? null : await startBuiltServer();
const url = urlArgument > 0 ? process.argv[urlArgument + 1]! : server!.url;
const browser = await launchBrowser();
try {
  for (const cdn of ["fails", "hangs"] as const) {
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, url, cdn));
    const sorted = (key: "ms" | "liveMs") => runs.map((run) => run[key]).sort((a, b) => a - b);
    const [paint, live] = [sorted("ms"), sorted("liveMs")];
    console.log(
      `CDN ${cdn.padEnd(5)}: shell painted median ${paint[Math.floor(RUNS / 2)]} ms (min ${paint[0]}, max ${paint.at(-1)}) from ` +
        `${(runs[0]!.pageBytes / 1024).toFixed(1)} KB (the page); live median ${live[Math.floor(RUNS / 2)]} ms (min ${live[0]}, max ${live.at(-1)}), ` +
        `${(runs[0]!.liveBytes / 1024).toFixed(1)} KB by then`
    );
  }
} finally {
  await browser.close();
  await server?.stop();
}
