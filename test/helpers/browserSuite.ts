// Mocha hooks shared by the browser suites: the built server and one headless Chromium for the suite
// (in demo mode, or live against the identity and Graph simulators), and the screenshots folder.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.js";
import { freePort, startBuiltServer, type RunningServer } from "./builtServer.js";
import { startSimulators, type Simulators } from "./liveStack.js";
import { fromRoot } from "../../server/projectRoot.js";
import { spaRedirectUris } from "../../server/auth/microsoftIdentity.js";

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

export interface LiveBrowserSuite extends BrowserSuite {
  readonly simulators: Simulators;
}

/**
 * Live mode: the simulators answering for Microsoft (the user has not consented yet), the built
 * server pointed at them, registered as the app's SPA redirect URIs list it
 * (docs/azure-app-registration.md), and one headless Chromium.
 */
export function useLiveServerAndBrowser(): LiveBrowserSuite {
  const suite = {} as { server: RunningServer; browser: Browser; simulators: Simulators };
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    suite.simulators = await startSimulators({ consented: false });
    const port = await freePort();
    suite.simulators.identity.spaRedirectUris.push(...spaRedirectUris(`http://localhost:${port}`));
    [suite.server, suite.browser] = await Promise.all([
      startBuiltServer({ ...suite.simulators.env, PORT: String(port) }),
      launchBrowser(),
    ]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
    await suite.simulators?.close();
  });
  return suite;
}
