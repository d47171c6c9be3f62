// Signing in for real in live mode: the built server validates the token and exchanges it On-Behalf-Of
// the user; msal-browser signs in against the identity simulator, which answers for
// login.microsoftonline.com; the mailbox is read from the Graph simulator. Standalone in a plain
// browser (pop-up), and inside an Outlook host double for an Outlook.com mailbox (Office dialog).
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../helpers/builtServer.js";
import { MARIE, type Simulators } from "../helpers/liveStack.js";
import { CLASSIC_WINDOWS_OUTLOOK_COM, type OfficeDoubleOptions } from "../helpers/officeDouble.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { installHostBroker } from "../helpers/hostBroker.js";
import { SCREENSHOTS, useLiveServerAndBrowser } from "../helpers/browserSuite.js";

describe("sign-in and live mailbox check in headless Chromium (browser)", function () {
  this.timeout(90000);
  // Marie has never used MailBridge: she consents to its Graph permissions in the sign-in prompt.
  const suite = useLiveServerAndBrowser();
  let simulators: Simulators;
  let server: RunningServer;
  let browser: Browser;
  before(() => ({ simulators, server, browser } = suite));
  beforeEach(() => {
    simulators.identity.signIn.signedInUser = MARIE;
    simulators.identity.consents.clear();
    simulators.identity.spaTokenFaults.length = 0;
    simulators.identity.tokenRequests.length = 0;
    simulators.identity.signIn.authorizeRequests.length = 0;
    simulators.graph.resetStats();
  });

  const open = (locale: string, office?: OfficeDoubleOptions) =>
    openTaskpane(browser, server.url, {
      locale,
      identityBaseUrl: simulators.identity.baseUrl,
      ...(office ? { office } : {}),
    });
  const checkMailbox = (page: Page, name: string) =>
    page.getByTestId("mailbox-panel").getByRole("button", { name }).click();
  /** What the taskpane asked of the Outlook host double. */
  const officeCalls = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { Office: { calls: { getAccessToken: number; dialogs: string[] } } })
          .Office.calls
    );

  it("standalone: signs in with a pop-up, then the service reads the mailbox On-Behalf-Of the user", async () => {
    const { context, page, errors } = await open("en-US");
    try {
      const popup = context.waitForEvent("page");
      await checkMailbox(page, "Check my mailbox");
      await popup;
      await page.getByTestId("storage-chart").waitFor();
      assert.equal(
        await page.getByTestId("signed-in-as").innerText(),
        "Signed in as marie.dupont@hotmail.fr"
      );
      const grants = simulators.identity.tokenRequests.map((request) => request.grantType);
      assert.deepEqual(grants, [
        "authorization_code",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
      ]);
      const asked = simulators.identity.signIn.authorizeRequests[0]!.scope;
      assert.match(asked, /\/access_as_user\b/);
      assert.match(
        asked,
        /Mail\.Read\b/,
        "consent to read the mailbox is asked in the same prompt"
      );
      assert.doesNotMatch(
        asked,
        /ReadWrite/,
        "write permissions are asked only when rules are applied"
      );
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

  it("standalone: consent to write permissions is asked once, when rules are first applied (not for the dry run)", async () => {
    const { context, page, errors } = await open("en-US");
    try {
      await showSection(page, "Unify");
      for (const address of ["marie.dupont@hotmail.fr", "marie.perso@gmail.com"]) {
        await page.getByTestId("unify-new-account").fill(address);
        await page.getByRole("button", { name: "Add", exact: true }).click();
      }
      await page.getByTestId("apply-preview").click();
      await page.getByTestId("apply-result").waitFor();
      assert.match(
        await page.getByTestId("apply-result").innerText(),
        /Rule "marie\.perso@gmail\.com → Gmail" will be created/
      );
      const prompts = () =>
        simulators.identity.signIn.authorizeRequests.map((request) => request.scope);
      assert.equal(
        prompts().length,
        1,
        "the dry run only reads: the first sign-in's consent is enough"
      );

      // Applying writes: the service's exchange is refused for lack of consent, the user is asked once, then it is applied.
      await page.getByTestId("apply-confirm").click();
      await page.getByText('Rule "marie.perso@gmail.com → Gmail" created').waitFor();
      assert.equal(prompts().length, 2);
      assert.doesNotMatch(prompts()[0]!, /ReadWrite/);
      assert.match(prompts()[1]!, /Mail\.ReadWrite\b.*MailboxSettings\.ReadWrite\b/);
      const obo = simulators.identity.tokenRequests
        .filter((request) => request.grantType.includes("jwt-bearer"))
        .map((request) => (/ReadWrite/.test(request.scope) ? "write" : "read"));
      assert.deepEqual(
        obo,
        ["read", "write", "write"],
        "read, write refused (no consent), write after consent"
      );
      assert.equal(simulators.graph.stats.requests > 0, true);

      // The consent is remembered: another dry run and apply prompt nobody.
      await page.getByTestId("apply-preview").click();
      await page.getByTestId("apply-result").waitFor();
      assert.equal(prompts().length, 2);
      // Chromium logs the refused request itself; nothing else went wrong.
      assert.deepEqual(
        errors.filter((error) => !/status of 403/.test(error)),
        []
      );
    } finally {
      await context.close();
    }
  });

  it("standalone: a token the service refuses (401) is replaced by a fresh one, without asking the user again", async () => {
    // Entra's clock and ours disagree: the first token is already expired for the service, though msal believes it good for an hour.
    const now = Math.floor(Date.now() / 1000);
    simulators.identity.spaTokenFaults.push({ iat: now - 4000, nbf: now - 4000, exp: now - 400 });
    const { context, page } = await open("en-US");
    try {
      await checkMailbox(page, "Check my mailbox");
      await page.getByTestId("storage-chart").waitFor();
      assert.deepEqual(
        simulators.identity.tokenRequests.map((request) => request.grantType),
        ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:jwt-bearer"]
      );
      assert.equal(simulators.identity.signIn.authorizeRequests.length, 1, "no second prompt");
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
      assert.match(
        await error.innerText(),
        /Connexion annulée\u00a0: rien n’a été lu dans votre boîte/
      );
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
      assert.equal(
        await page.getByTestId("signed-in-as").innerText(),
        "Connecté en tant que marie.dupont@hotmail.fr"
      );
      assert.equal(
        await page.getByTestId("other-account").count(),
        0,
        "the account signed in is the mailbox Outlook shows"
      );
      const calls = await officeCalls(page);
      assert.equal(
        calls.getAccessToken,
        0,
        "Office SSO is documented as unsupported for Outlook.com mailboxes"
      );
      assert.equal(calls.dialogs.length, 1);
      const dialogUrl = new URL(calls.dialogs[0]!);
      assert.equal(dialogUrl.pathname, "/signin-dialog.html");
      assert.equal(dialogUrl.searchParams.get("hint"), "marie.dupont@hotmail.fr");
      assert.deepEqual(
        simulators.identity.signIn.authorizeRequests.map(
          (request) => new URL(request.redirectUri).pathname
        ),
        ["/signin-dialog.html"]
      );
      assert.deepEqual(errors, []);
      await page.screenshot({ path: `${SCREENSHOTS}/signin-dialog-fr.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("Outlook reporting nested app authentication: the host signs in (no dialog, no Office SSO), and consent goes through the host too", async () => {
    const naa: OfficeDoubleOptions = {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      accountType: "office365",
      displayLanguage: "en-US",
      nestedAppAuth: true,
    };
    const { context, page, errors } = await open("en-US", naa);
    try {
      const broker = await installHostBroker(context, simulators.identity.baseUrl, server.url);
      await checkMailbox(page, "Check my mailbox");
      await page.getByTestId("storage-chart").waitFor();
      assert.equal(
        await page.getByTestId("signed-in-as").innerText(),
        "Signed in as marie.dupont@hotmail.fr"
      );
      const calls = await officeCalls(page);
      assert.deepEqual(calls, { getAccessToken: 0, dialogs: [] });
      const graph = (scope: string) =>
        scope.startsWith("https://graph.microsoft.com/") ? "graph" : "api";
      // Silent first, the host's prompt for our API; the service's exchange is refused (no consent yet),
      // so the host is asked for the Graph permissions, and the API token msal holds is used again.
      assert.deepEqual(
        broker.requests
          .filter((request) => request.method !== "GetInitContext")
          .map((request) => `${request.method}:${graph(request.scope)}`),
        ["GetToken:api", "GetTokenPopup:api", "GetTokenPopup:graph"]
      );
      const brokerRedirect = `brk-multihub://${new URL(server.url).host}`;
      assert.deepEqual(
        simulators.identity.signIn.authorizeRequests.map((request) => request.redirectUri),
        [brokerRedirect, brokerRedirect]
      );
      assert.deepEqual(
        errors.filter((error) => !/status of 403/.test(error)),
        []
      );
    } finally {
      await context.close();
    }
  });

  it("Outlook.com mailbox whose host reports nested app auth but cannot broker it: falls back to the Office dialog", async () => {
    const { context, page, errors } = await open("en-US", {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      displayLanguage: "en-US",
      nestedAppAuth: true,
    });
    try {
      const broker = await installHostBroker(context, simulators.identity.baseUrl, server.url, {
        refuse: true,
      });
      await checkMailbox(page, "Check my mailbox");
      await page.getByTestId("storage-chart").waitFor();
      assert.ok(
        broker.requests.some((request) => request.method === "GetTokenPopup"),
        "nested app auth was tried first"
      );
      const calls = await officeCalls(page);
      assert.equal(calls.getAccessToken, 0);
      assert.equal(calls.dialogs.length, 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("work account where Office SSO fails: falls back to the dialog and still signs in", async () => {
    const work: OfficeDoubleOptions = {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      accountType: "office365",
      emailAddress: "marie.dupont@contoso.com",
      displayLanguage: "en-US",
      officeSsoErrorCode: 13012,
    };
    const { context, page } = await open("en-US", work);
    try {
      await checkMailbox(page, "Check my mailbox");
      await page.getByTestId("storage-chart").waitFor();
      const calls = await officeCalls(page);
      assert.equal(calls.getAccessToken, 1);
      assert.equal(calls.dialogs.length, 1);
      // Marie signed in with her personal account in the dialog, not the work mailbox Outlook shows.
      assert.match(
        await page.getByTestId("other-account").innerText(),
        /You signed in as marie\.dupont@hotmail\.fr, but Outlook shows marie\.dupont@contoso\.com/
      );
    } finally {
      await context.close();
    }
  });

  it("a Gmail mailbox in Outlook: says the check reads Microsoft mailboxes only", async () => {
    const { context, page } = await open("fr-FR", {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      accountType: "gmail",
      emailAddress: "marie.perso@gmail.com",
    });
    try {
      assert.match(
        await page.getByTestId("gmail-mailbox").innerText(),
        /ne lit que les boîtes Microsoft/
      );
      assert.equal(await page.getByTestId("other-account").count(), 0);
    } finally {
      await context.close();
    }
  });
});
