// What a user sees: the built server, the built taskpane, real headless Chromium. Office.js's CDN is
// unreachable here (as on a machine offline), so these runs also prove the local Office.js fallback.
import assert from "node:assert/strict";
import type { BrowserContext } from "playwright-core";
import { CLASSIC_WINDOWS_OUTLOOK_COM, type OfficeDoubleOptions } from "../helpers/officeDouble.js";
import { openTaskpane } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

describe("taskpane in headless Chromium (browser)", function () {
  this.timeout(60000);
  const suite = useServerAndBrowser();
  const contexts: BrowserContext[] = [];
  after(() => Promise.all(contexts.map((context) => context.close())));

  async function open(locale: string, office?: OfficeDoubleOptions) {
    const opened = await openTaskpane(suite.browser, suite.server.url, {
      locale,
      ...(office ? { office } : {}),
    });
    contexts.push(opened.context);
    await opened.page.getByRole("tab", { name: /Account|Compte/ }).click();
    await opened.page.getByTestId("account-panel").waitFor();
    return opened;
  }

  it("standalone in English: says it runs outside Outlook, in demo mode, using the local Office.js", async () => {
    const { page, requested, errors } = await open("en-US");
    await page.getByTestId("standalone-banner").waitFor();
    await page.getByTestId("demo-banner").waitFor();
    assert.match(await page.getByTestId("standalone-banner").innerText(), /Standalone mode/);
    assert.match(await page.getByTestId("demo-banner").innerText(), /Demo mode/);
    assert.equal(await page.getByTestId("account-email").innerText(), "Not reported");
    assert.ok(
      requested.some((url) => url.endsWith("/office-js/office.js")),
      "falls back to the local Office.js copy"
    );
    assert.deepEqual(await page.getByRole("tab").allInnerTexts(), [
      "Diagnose",
      "Repair",
      "Unify",
      "Migrate",
      "Account",
    ]);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.deepEqual(errors, []);
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-standalone-en.png`, fullPage: true });
  });

  it("in French (the longer language), every section fits the 380 px pane: no control wider than its card", async () => {
    const { page } = await open("fr-FR");
    // Controls (native selects above all: as wide as their longest option) must not spill out of their card.
    const spilling = () =>
      page.evaluate(`[...document.querySelectorAll(".fui-Card select, .fui-Card input, .fui-Card button, .fui-Card textarea")]
        .filter((control) => control.getBoundingClientRect().right > control.closest(".fui-Card").getBoundingClientRect().right + 1)
        .map((control) => control.outerHTML.slice(0, 80))`) as Promise<string[]>;
    for (const tab of ["Diagnostic", "Réparation", "Regrouper", "Migrer", "Compte"]) {
      await page.getByRole("tab", { name: tab }).click();
      if (tab === "Diagnostic") await page.getByTestId("storage-chart").waitFor();
      if (tab === "Migrer") await page.getByTestId("upload-monitor").waitFor();
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await spilling(), [], tab);
    }
  });

  it("standalone in French: the browser's language picks French", async () => {
    const { page } = await open("fr-FR");
    await page.getByTestId("demo-banner").waitFor();
    assert.match(await page.getByTestId("standalone-banner").innerText(), /Mode autonome/);
    assert.equal(await page.getByTestId("account-email").innerText(), "Non communiqué");
    assert.deepEqual(await page.getByRole("tab").allInnerTexts(), [
      "Diagnostic",
      "Réparation",
      "Regrouper",
      "Migrer",
      "Compte",
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/foundation-standalone-fr.png`, fullPage: true });
  });

  it("inside classic Outlook (French UI): shows what Office.js reports about the account", async () => {
    const { page, errors } = await open("en-US", CLASSIC_WINDOWS_OUTLOOK_COM);
    await page.getByTestId("demo-banner").waitFor();
    assert.equal(await page.getByTestId("standalone-banner").count(), 0);
    assert.equal(await page.getByTestId("account-email").innerText(), "marie.dupont@hotmail.fr");
    assert.equal(
      await page.getByTestId("account-accountType").innerText(),
      "Outlook.com / Hotmail (compte Microsoft personnel)"
    );
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

  it("inside Outlook on the web (English UI), and the language can be switched by hand", async () => {
    const { page } = await open("fr-FR", {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      platform: "OfficeOnline",
      hostVersion: "16.0",
      emailAddress: "john.smith@outlook.com",
      displayName: "John Smith",
      displayLanguage: "en-GB",
    });
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
  });
});
