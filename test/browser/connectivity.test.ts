// Connectivity checks in the taskpane, live mode, headless Chromium against real servers: the built
// MailBridge signs users in at the identity simulator, tests IMAP at dovecot (four results, both
// languages), reads custom domains from dnsmasq and asks the Autodiscover simulator.
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.js";
import { freePort, startBuiltServer, type RunningServer } from "../helpers/builtServer.js";
import { startSimulators, type Simulators } from "../helpers/liveStack.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { startImapServer, type TestImapServer } from "../helpers/imapServer.js";
import { startDnsServer, type TestDnsServer } from "../helpers/dnsServer.js";
import { IMAP_OFF, IMAP_ON, IMAP_REFUSED } from "../helpers/imapAccounts.js";
import { AutodiscoverSimulator } from "../simulators/autodiscover/autodiscoverSimulator.js";
import { spaRedirectUris } from "../../server/auth/microsoftIdentity.js";
import { IMAP_SCOPES } from "../../server/auth/graphTokenProvider.js";
import { SCREENSHOTS } from "../helpers/browserSuite.js";
import type { SimulatedUser } from "../simulators/identity/identitySimulator.js";

describe("connectivity checks in the taskpane: IMAP test, custom domains, Outlook's Autodiscover (browser)", function () {
  this.timeout(90000);
  let simulators: Simulators;
  let imap: TestImapServer;
  let dns: TestDnsServer;
  let autodiscover: AutodiscoverSimulator;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    simulators = await startSimulators();
    autodiscover = new AutodiscoverSimulator();
    autodiscover.mailboxes.add("claire@cabinet-martin.test");
    [imap, dns] = await Promise.all([
      startImapServer({
        introspectionUrl: `${simulators.identity.baseUrl}/simulator/introspect`,
        imapOff: [IMAP_OFF.upn],
        refused: [IMAP_REFUSED.upn],
      }),
      startDnsServer({
        mx: {
          "boulangerie-dupont.test": [["mx1.mail.ovh.net", 5]],
          "cabinet-martin.test": [["cabinet-martin-test.mail.protection.outlook.com", 0]],
        },
      }),
      autodiscover.listen(),
    ]);
    const port = await freePort();
    simulators.identity.spaRedirectUris.push(...spaRedirectUris(`http://localhost:${port}`));
    [server, browser] = await Promise.all([
      startBuiltServer({
        ...simulators.env,
        ...imap.env,
        PORT: String(port),
        DNS_SERVERS: dns.address,
        AUTODISCOVER_BASE_URL: autodiscover.baseUrl,
      }),
      launchBrowser(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await imap?.stop();
    await dns?.stop();
    await autodiscover?.close();
    await simulators?.close();
  });

  const open = (locale: string) =>
    openTaskpane(browser, server.url, { locale, identityBaseUrl: simulators.identity.baseUrl });

  /** Unify > another app, then "Test IMAP" as `user`; returns the finding shown. */
  async function testImapAs(page: Page, user: SimulatedUser, french: boolean) {
    simulators.identity.signIn.signedInUser = user;
    await showSection(page, french ? "Regrouper" : "Unify");
    await page.getByRole("radio", { name: french ? /Un autre logiciel/ : /Another app/ }).check();
    const panel = page.getByTestId("imap-test");
    await panel.getByTestId("imap-test-run").click();
    const finding = panel.locator("[data-testid^='finding-imap.']");
    await finding.waitFor();
    return finding;
  }

  it("English: the first test asks the user's permission for IMAP, then signs in for real — IMAP works", async () => {
    simulators.identity.consents.clear();
    simulators.identity.tokenRequests.length = 0;
    const { context, page, errors } = await open("en-US");
    try {
      const finding = await testImapAs(page, IMAP_ON, false);
      assert.equal(await finding.getAttribute("data-testid"), "finding-imap.works");
      assert.match(await finding.innerText(), /IMAP works for marie\.dupont@hotmail\.fr/);
      assert.match(
        await page.getByTestId("imap-test-as").innerText(),
        /Tested as marie\.dupont@hotmail\.fr on 127\.0\.0\.1:\d+\./
      );
      const prompts = simulators.identity.signIn.authorizeRequests.map((request) => request.scope);
      assert.ok(
        prompts.some((scope) => scope.includes(IMAP_SCOPES[0]!)),
        "the IMAP permission was asked in a sign-in prompt"
      );
      await page.screenshot({ path: `${SCREENSHOTS}/imap-test-works-en.png`, fullPage: true });
      // Chromium logs the refused (403 consent_required) request itself; nothing else went wrong.
      assert.deepEqual(
        errors.filter((error) => !/status of 403/.test(error)),
        []
      );
    } finally {
      await context.close();
    }
  });

  it("French: IMAP switched off at Outlook.com, with where to turn it on", async () => {
    simulators.identity.consents.grant(IMAP_OFF.oid, IMAP_SCOPES);
    const { context, page } = await open("fr-FR");
    try {
      const finding = await testImapAs(page, IMAP_OFF, true);
      assert.equal(await finding.getAttribute("data-testid"), "finding-imap.off");
      const text = await finding.innerText();
      assert.match(text, /L’IMAP est désactivé pour luc\.martin@outlook\.fr/);
      assert.match(text, /Transfert et IMAP/);
      await page.screenshot({ path: `${SCREENSHOTS}/imap-test-off-fr.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("English: the sign-in is refused", async () => {
    simulators.identity.consents.grant(IMAP_REFUSED.oid, IMAP_SCOPES);
    const { context, page } = await open("en-US");
    try {
      const finding = await testImapAs(page, IMAP_REFUSED, false);
      assert.equal(await finding.getAttribute("data-testid"), "finding-imap.refused");
      assert.match(await finding.innerText(), /refused the sign-in of paul\.durand@live\.fr/);
    } finally {
      await context.close();
    }
  });

  it("French, then English: the server cannot be reached", async () => {
    simulators.identity.consents.grant(IMAP_ON.oid, IMAP_SCOPES);
    await imap.stop();
    for (const [locale, expected] of [
      ["fr-FR", /Le serveur IMAP est injoignable/],
      ["en-US", /The IMAP server could not be reached/],
    ] as const) {
      const { context, page } = await open(locale);
      try {
        const finding = await testImapAs(page, IMAP_ON, locale === "fr-FR");
        assert.equal(await finding.getAttribute("data-testid"), "finding-imap.unreachable");
        assert.match(await finding.innerText(), expected);
      } finally {
        await context.close();
      }
    }
  });

  it("a custom domain's settings card comes from DNS and says so", async () => {
    const { context, page } = await open("en-US");
    try {
      await showSection(page, "Unify");
      await page.getByRole("radio", { name: /Another app/ }).check();
      for (const address of ["marie.dupont@hotmail.fr", "contact@boulangerie-dupont.test"]) {
        await page.getByTestId("unify-new-account").fill(address);
        await page.getByRole("button", { name: "Add", exact: true }).click();
      }
      const card = page.getByTestId("settings-contact@boulangerie-dupont.test");
      await card.waitFor();
      assert.match(await card.innerText(), /contact@boulangerie-dupont\.test — OVHcloud/);
      assert.equal(
        await card.getByTestId("settings-from-dns").innerText(),
        "Found from DNS: mail for boulangerie-dupont.test goes to mx1.mail.ovh.net, a server of OVHcloud."
      );
      assert.match(await card.innerText(), /ssl0\.ovh\.net/);
    } finally {
      await context.close();
    }
  });

  it("diagnosis of a Microsoft 365 custom domain: the autodiscover record to add, and what Outlook will be told", async () => {
    const { context, page } = await open("en-US");
    try {
      await showSection(page, "Diagnose");
      await page.getByTestId("diagnose-email").fill("claire@cabinet-martin.test");
      await page.getByTestId("diagnose-run").click();
      const missing = page.getByTestId("finding-autodiscover.missing");
      await missing.waitFor();
      assert.match(
        await missing.innerText(),
        /autodiscover\.cabinet-martin\.test\. 3600 IN CNAME autodiscover\.outlook\.com\./
      );
      await page.getByTestId("outlook-discovery-run").click();
      const told = page.getByTestId("outlook-discovery").getByTestId("finding-outlook.exchange");
      await told.waitFor();
      assert.match(
        await told.innerText(),
        /Classic Outlook will set up claire@cabinet-martin\.test as an Exchange\/Outlook\.com account/
      );
      await page.screenshot({
        path: `${SCREENSHOTS}/diagnose-custom-domain-en.png`,
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });
});
