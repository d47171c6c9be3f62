// Mocha hooks shared by the browser suites: the built server and one headless Chromium for the suite,
// and the screenshots folder.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.js";
import { startBuiltServer, type RunningServer } from "./builtServer.js";
import { fromRoot } from "../../server/projectRoot.js";

export const SCREENSHOTS = fromRoot("test-output/screenshots");

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function useServerAndBrowser(): BrowserSuite {
  const suite = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [suite.server, suite.browser] = await Promise.all([startBuiltServer(), launchBrowser()]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
