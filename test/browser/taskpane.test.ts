// What a user sees: the built server, the built taskpane, real headless Chromium. Office.js's CDN is
// unreachable here (as on a machine offline), so these runs also prove the local Office.js fallback.
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { CLASSIC_WINDOWS_OUTLOOK_COM, type OfficeDoubleOptions } from "../helpers/officeDouble.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

const OUTLOOK_ON_THE_WEB_EN: OfficeDoubleOptions = {
  ...CLASSIC_WINDOWS_OUTLOOK_COM,
  platform: "OfficeOnline",
  hostVersion: "16.0",
  emailAddress: "john.smith@outlook.com",
  displayName: "John Smith",
  displayLanguage: "en-GB",
};

/** Every section the navigation offers (tabs in view and those under "More"), sorted. */
async function sectionNames(page: Page): Promise<string[]> {
  const shown = await page
    .getByRole("tablist", { name: /^(Sections|Rubriques)$/ })
    .getByRole("tab")
    .allInnerTexts();
  if ((await page.getByTestId("sections-more").count()) === 0)
    return shown.sort((a, b) => a.localeCompare(b));
  await page.getByTestId("sections-more").click();
  await page.getByRole("menu").waitFor();
  const hidden = await page.getByRole("menuitem").allInnerTexts();
  await page.keyboard.press("Escape");
  return [...shown, ...hidden].sort((a, b) => a.localeCompare(b));
}

describe("taskpane in headless Chromium (browser)", function () {
  this.timeout(60000);
  const suite = useServerAndBrowser();
  const contexts: BrowserContext[] = [];
  after(() => Promise.all(contexts.map((context) => context.close())));

  async function open(
    locale: string,
    options: { office?: OfficeDoubleOptions; cdn?: "fails" | "hangs" } = {}
  ) {
    const opened = await openTaskpane(suite.browser, suite.server.url, { locale, ...options });
    contexts.push(opened.context);
    return opened;
  }
  async function openAccount(locale: string, office?: OfficeDoubleOptions) {
    const opened = await open(locale, office ? { office } : {});
    await showSection(opened.page, /Account|Compte/);
    await opened.page.getByTestId("account-panel").waitFor();
    return opened;
  }

  it("standalone in English: one line says it runs outside Outlook in demo mode, details on demand", async () => {
    const { page, requested, errors } = await openAccount("en-US");
    const summary = page.getByTestId("status-summary");
    await page.getByTestId("detecting-outlook").waitFor({ state: "detached" });
    assert.equal(await summary.innerText(), "Outside Outlook · demo mode");
    assert.equal(await page.getByTestId("status-details").count(), 0, "details are folded");
    await page.getByTestId("status-details-toggle").click();
    assert.match(
      await page.getByTestId("status-details").innerText(),
      /outside Outlook[\s\S]*simulated demo mailbox/
    );
    assert.equal(
      await page.getByTestId("account-outside-outlook").innerText(),
      "Outside Outlook, MailBridge cannot see your account: open it from Outlook's ribbon (Repair my mail) to see the address, the Outlook version and what it supports."
    );
    assert.equal(await page.getByTestId("account-email").count(), 0, "no row of 'not reported'");
    assert.ok(
      requested.some((url) => url.endsWith("/office-js/office.js")),
      "falls back to the local Office.js copy"
    );
    assert.deepEqual(await sectionNames(page), [
      "Account",
      "Diagnose",
      "Migrate",
      "Repair",
      "Unify",
    ]);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.deepEqual(errors, []);
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-standalone-en.png`, fullPage: true });
  });

  it("is painted from the server's HTML before its script runs, in the user's language, then goes live", async () => {
    const { page, errors } = await open("fr-FR");
    const script = /\/taskpane\.[0-9a-f]{8}\.js$/;
    const shellWithoutScript = async () => {
      await page.route(script, (route) => route.abort());
      await page.reload();
      const shell = page.locator("[data-prerendered]");
      assert.equal(await shell.getAttribute("inert"), "", "the painted shell takes no input");
      const text = await shell.innerText();
      await page.unroute(script);
      return text;
    };
    const french = await shellWithoutScript();
    assert.match(french, /Que se passe-t-il avec votre courrier\s\?/);
    assert.match(french, /Diagnostic\s+Réparation/);
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");

    // With its script, the live page replaces the shell; a language picked in the header is the
    // one the next page is painted in.
    await page.reload();
    await page.locator("[data-prerendered]").waitFor({ state: "detached" });
    await page
      .getByRole("group", { name: "Langue" })
      .getByRole("button", { name: "English" })
      .click();
    await page.getByText("What happens with your mail?").waitFor();
    assert.match(await shellWithoutScript(), /What happens with your mail\?/);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.deepEqual(
      errors.filter((error) => !/taskpane\.[0-9a-f]{8}\.js|ERR_FAILED/.test(error)),
      []
    );
  });

  it("paints and works while Microsoft's CDN hangs, then falls back to the local Office.js", async () => {
    const { page, requested, errors } = await open("fr-FR", { cdn: "hangs" });
    // The CDN request is still pending (held by the test): the page must not wait for it.
    await page.getByTestId("diagnose-email").fill("marie.dupont@hotmail.fr");
    await page.getByTestId("diagnose-run").click();
    await page.getByTestId("finding-pop3PasswordRetired").waitFor();
    assert.equal(
      requested.filter((url) => url.endsWith("/office-js/office.js")).length,
      0,
      "local copy not needed yet"
    );
    assert.equal(
      await page.getByTestId("detecting-outlook").count(),
      1,
      "still looking for Outlook, visibly"
    );
    await page.getByTestId("detecting-outlook").waitFor({ state: "detached", timeout: 15000 });
    assert.ok(requested.some((url) => url.endsWith("/office-js/office.js")));
    assert.equal(
      await page.getByTestId("status-summary").innerText(),
      "Hors d’Outlook · mode démo"
    );
    assert.deepEqual(errors, []);
  });

  it("in French (the longer language), the tabs fit one row and every section fits the 380 px pane", async () => {
    const { page } = await open("fr-FR");
    const tops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
    assert.equal(new Set(tops).size, 1, "all tabs on one row");
    // Controls (native selects above all: as wide as their longest option) must not spill out of their card.
    const spilling = () =>
      page.evaluate(`[...document.querySelectorAll(".fui-Card select, .fui-Card input, .fui-Card button, .fui-Card textarea")]
        .filter((control) => control.getBoundingClientRect().right > control.closest(".fui-Card").getBoundingClientRect().right + 1)
        .map((control) => control.outerHTML.slice(0, 80))`) as Promise<string[]>;
    for (const tab of ["Diagnostic", "Réparation", "Regrouper", "Migrer", "Compte"]) {
      await showSection(page, tab);
      if (tab === "Diagnostic") await page.getByTestId("storage-chart").waitFor();
      if (tab === "Migrer") {
        await page.getByTestId("migrate-input").fill("Boîte de réception;2024;3 120;850 Mo");
        await page.getByTestId("upload-monitor").waitFor();
      }
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await spilling(), [], tab);
    }
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth),
      380,
      "nothing wider than the pane"
    );
  });

  it("standalone in French: the browser's language picks French", async () => {
    const { page } = await openAccount("fr-FR");
    await page.getByTestId("detecting-outlook").waitFor({ state: "detached" });
    assert.equal(
      await page.getByTestId("status-summary").innerText(),
      "Hors d’Outlook · mode démo"
    );
    assert.match(
      await page.getByTestId("account-outside-outlook").innerText(),
      /^Hors d’Outlook, MailBridge ne voit pas votre compte/
    );
    assert.deepEqual(await sectionNames(page), [
      "Compte",
      "Diagnostic",
      "Migrer",
      "Regrouper",
      "Réparation",
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-standalone-fr.png`, fullPage: true });
  });

  it("inside classic Outlook (French UI): shows what Office.js reports about the account", async () => {
    const { page, errors } = await openAccount("en-US", CLASSIC_WINDOWS_OUTLOOK_COM);
    await page.getByText("Adresse e-mail").waitFor();
    assert.equal(await page.getByTestId("status-summary").innerText(), "mode démo");
    assert.equal(await page.getByTestId("account-email").innerText(), "marie.dupont@hotmail.fr");
    assert.equal(
      await page.getByTestId("account-accountType").innerText(),
      "Outlook.com / Hotmail (compte Microsoft personnel)"
    );
    assert.equal(await page.getByTestId("account-hostName").innerText(), "Outlook");
    assert.equal(
      await page.getByTestId("account-platform").innerText(),
      "Windows (Outlook classique)"
    );
    assert.equal(await page.getByTestId("account-hostVersion").innerText(), "16.0.17928.20114");
    assert.match(await page.getByTestId("account-requirementSets").innerText(), /1\.1[\s\S]*1\.14/);
    assert.doesNotMatch(await page.getByTestId("account-requirementSets").innerText(), /1\.15/);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-outlook-fr.png`, fullPage: true });
  });

  it("inside Outlook on the web (English UI): a language chosen by hand is kept after a reload", async () => {
    const { page } = await openAccount("fr-FR", OUTLOOK_ON_THE_WEB_EN);
    await page.getByText("Email address").waitFor();
    assert.equal(
      await page.getByTestId("account-platform").innerText(),
      "Outlook on the web or new Outlook"
    );
    assert.equal(await page.getByTestId("account-displayLanguage").innerText(), "en-GB");
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-outlook-web-en.png`, fullPage: true });
    await page
      .getByRole("group", { name: "Language" })
      .getByRole("button", { name: "Français" })
      .click();
    await page.getByText("Adresse e-mail").waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    await page.reload();
    await showSection(page, "Compte");
    await page.getByText("Adresse e-mail").waitFor();
    await page.getByTestId("account-email").waitFor();
    assert.equal(
      await page.locator("html").getAttribute("lang"),
      "fr",
      "Outlook's English did not override the choice"
    );
  });
});
