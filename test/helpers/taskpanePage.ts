// Opens the taskpane the way a user would: a fresh browser profile, a language, optionally inside an
// Office host double. Microsoft's CDN is unreachable (aborted), as on an offline machine. With an
// identity simulator, Microsoft's sign-in host is answered by it (like DNS pointing elsewhere): the
// pages keep talking to https://login.microsoftonline.com, redirects included.
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

export const SIGN_IN_HOST = "https://login.microsoftonline.com";
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";

export async function openTaskpane(
  browser: Browser,
  serverUrl: string,
  options: {
    locale: string;
    office?: OfficeDoubleOptions;
    identityBaseUrl?: string;
    /** How Microsoft's CDN behaves: it fails at once (offline, the default) or never answers. */
    cdn?: "fails" | "hangs";
  }
): Promise<OpenedTaskpane> {
  const context = await browser.newContext({
    locale: options.locale,
    viewport: { width: 380, height: 720 },
  });
  if (options.identityBaseUrl) {
    const target = options.identityBaseUrl;
    await context.route(`${SIGN_IN_HOST}/**`, async (route) => {
      const response = await route.fetch({
        url: target + route.request().url().slice(SIGN_IN_HOST.length),
        maxRedirects: 0,
      });
      await route.fulfill({ response });
    });
  }
  // The double goes into every window of the context: the taskpane and the dialogs it opens.
  if (options.office) await context.addInitScript(officeDoubleScript(options.office));
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // The only error a page may log: the Office CDN it could not reach (these tests keep it offline).
    const cdnUnreachable = message.location().url.startsWith(OFFICE_JS_CDN_ORIGIN);
    if (message.type() === "error" && !cdnUnreachable) errors.push(message.text());
  });
  // A hanging CDN holds the request until the context closes, as a stalled proxy would.
  await context.route(`${OFFICE_JS_CDN_ORIGIN}/**`, (route) =>
    options.cdn === "hangs"
      ? new Promise<void>(() => undefined)
      : route.abort("internetdisconnected")
  );
  await page.goto(`${serverUrl}/taskpane.html`);
  // The shell painted from the server's HTML takes no input: wait until the live page replaced it.
  await page.locator("[data-prerendered]").waitFor({ state: "detached" });
  await page.getByRole("tablist").waitFor();
  return { context, page, requested, errors };
}

/**
 * Opens a section as a user would: its tab, or the "More" menu when the pane is too narrow for
 * every tab (French at 380 px).
 */
export async function showSection(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.getByRole("tablist", { name: /^(Sections|Rubriques)$/ });
  await nav.waitFor();
  // Fluent measures the tabs that fit after a layout (ResizeObserver): let two frames pass.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
  const tab = nav.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByTestId("sections-more").click();
    await page.getByRole("menuitem", { name }).click();
  }
  await nav.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}
