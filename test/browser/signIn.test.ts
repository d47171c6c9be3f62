// Signing in for real in live mode: the built server validates the token and exchanges it On-Behalf-Of
// the user; msal-browser signs in against the identity simulator, which answers for
// login.microsoftonline.com; the mailbox is read from the Graph simulator. Standalone in a plain
// browser (pop-up), and inside an Outlook host double for an Outlook.com mailbox (Office dialog).
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.js";
import { freePort, startBuiltServer, type RunningServer } from "../helpers/builtServer.js";
import { MARIE, startSimulators, type Simulators } from "../helpers/liveStack.js";
import { CLASSIC_WINDOWS_OUTLOOK_COM, type OfficeDoubleOptions } from "../helpers/officeDouble.js";
import { openTaskpane } from "../helpers/taskpanePage.js";
import { SCREENSHOTS } from "../helpers/browserSuite.js";

describe("sign-in and live mailbox check in headless Chromium (browser)", function () {
  this.timeout(90000);
  let simulators: Simulators;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    simulators = await startSimulators();
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    // What the app registration lists as SPA redirect URIs (docs/azure-app-registration.md).
    simulators.identity.spaRedirectUris.push(`${origin}/signin-redirect.html`, `${origin}/signin-dialog.html`, `brk-multihub://localhost:${port}`);
    [server, browser] = await Promise.all([startBuiltServer({ ...simulators.env, PORT: String(port) }), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await simulators?.close();
  });
  beforeEach(() => {
    simulators.identity.signIn.signedInUser = MARIE;
    simulators.identity.tokenRequests.length = 0;
    simulators.identity.signIn.authorizeRequests.length = 0;
    simulators.graph.resetStats();
  });

  const open = (locale: string, office?: OfficeDoubleOptions) => openTaskpane(browser, server.url, { locale, identityBaseUrl: simulators.identity.baseUrl, ...(office ? { office } : {}) });
  const checkMailbox = (page: Page, name: string) => page.getByTestId("mailbox-panel").getByRole("button", { name }).click();

  it("standalone: signs in with a pop-up, then the service reads the mailbox On-Behalf-Of the user", async () => {
    const { context, page, errors } = await open("en-US");
    try {
      const popup = context.waitForEvent("page");
      await checkMailbox(page, "Check my mailbox");
      await popup;
      await page.getByTestId("storage-chart").waitFor();
      assert.equal(await page.getByTestId("signed-in-as").innerText(), "Signed in as marie.dupont@hotmail.fr");
      const grants = simulators.identity.tokenRequests.map((request) => request.grantType);
      assert.deepEqual(grants, ["authorization_code", "urn:ietf:params:oauth:grant-type:jwt-bearer"]);
      assert.ok(simulators.graph.stats.requests > 0, "the mailbox was read through Graph");
      await page.screenshot({ path: `${SCREENSHOTS}/signin-standalone-en.png`, fullPage: true });

      // Checking again uses the token already held: no new sign-in, no new pop-up.
      const authorizeBefore = simulators.identity.signIn.authorizeRequests.length;
      await checkMailbox(page, "Check again");
      await page.getByTestId("storage-chart").waitFor();
      assert.equal(simulators.identity.signIn.authorizeRequests.length, authorizeBefore);
      assert.equal(context.pages().length, 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("standalone, in French: a cancelled sign-in says so, and nothing reaches Graph", async () => {
    simulators.identity.signIn.signedInUser = null;
    const { context, page } = await open("fr-FR");
    try {
      await checkMailbox(page, "Vérifier ma boîte");
      const error = page.getByTestId("error-bar");
      await error.waitFor();
      assert.equal(await error.getAttribute("data-sign-in-error"), "cancelled");
      assert.match(await error.innerText(), /Connexion annulée : rien n’a été lu dans votre boîte/);
      assert.equal(simulators.graph.stats.requests, 0);
      assert.deepEqual(simulators.identity.tokenRequests, []);
      await page.screenshot({ path: `${SCREENSHOTS}/signin-cancelled-fr.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("Outlook.com mailbox in classic Outlook without nested app auth: signs in through the Office dialog, never tries Office SSO", async () => {
    const { context, page, errors } = await open("fr-FR", CLASSIC_WINDOWS_OUTLOOK_COM);
    try {
      await checkMailbox(page, "Vérifier ma boîte");
      await page.getByTestId("storage-chart").waitFor();
      assert.equal(await page.getByTestId("signed-in-as").innerText(), "Connecté en tant que marie.dupont@hotmail.fr");
      const calls = await page.evaluate(() => (window as unknown as { Office: { calls: { getAccessToken: number; dialogs: string[] } } }).Office.calls);
      assert.equal(calls.getAccessToken, 0, "Office SSO is documented as unsupported for Outlook.com mailboxes");
      assert.equal(calls.dialogs.length, 1);
      const dialogUrl = new URL(calls.dialogs[0]!);
      assert.equal(dialogUrl.pathname, "/signin-dialog.html");
      assert.equal(dialogUrl.searchParams.get("hint"), "marie.dupont@hotmail.fr");
      assert.deepEqual(simulators.identity.signIn.authorizeRequests.map((request) => new URL(request.redirectUri).pathname), ["/signin-dialog.html"]);
      assert.deepEqual(errors, []);
      await page.screenshot({ path: `${SCREENSHOTS}/signin-dialog-fr.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("work account where Office SSO fails: falls back to the dialog and still signs in", async () => {
    const work: OfficeDoubleOptions = { ...CLASSIC_WINDOWS_OUTLOOK_COM, accountType: "office365", emailAddress: "marie.dupont@hotmail.fr", displayLanguage: "en-US", officeSsoErrorCode: 13012 };
    const { context, page } = await open("en-US", work);
    try {
      await checkMailbox(page, "Check my mailbox");
      await page.getByTestId("storage-chart").waitFor();
      const calls = await page.evaluate(() => (window as unknown as { Office: { calls: { getAccessToken: number; dialogs: string[] } } }).Office.calls);
      assert.equal(calls.getAccessToken, 1);
      assert.equal(calls.dialogs.length, 1);
    } finally {
      await context.close();
    }
  });
});
