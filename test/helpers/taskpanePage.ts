// Opens the taskpane the way a user would: a fresh browser profile, a language, optionally inside an
// Office host double. Microsoft's CDN is unreachable (aborted), as on an offline machine.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { officeDoubleScript, type OfficeDoubleOptions } from "./officeDouble.js";

export interface OpenedTaskpane {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requested: string[];
  /** Uncaught page errors and console errors (network noise about the CDN excluded). */
  errors: string[];
}

export async function openTaskpane(browser: Browser, serverUrl: string, options: { locale: string; office?: OfficeDoubleOptions }): Promise<OpenedTaskpane> {
  const context = await browser.newContext({ locale: options.locale, viewport: { width: 380, height: 720 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/appsforoffice|ERR_FAILED|net::/.test(message.text())) errors.push(message.text());
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  if (options.office) await page.addInitScript(officeDoubleScript(options.office));
  await page.goto(`${serverUrl}/taskpane.html`);
  await page.getByRole("tablist").waitFor();
  return { context, page, requested, errors };
}
