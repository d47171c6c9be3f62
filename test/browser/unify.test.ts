// The Unify section, walked as a user would: accounts, strategy, prefilled rules, each format's file
// (copy/download), and server-side rules applied to the demo mailbox after a dry run.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CLASSIC_WINDOWS_OUTLOOK_COM } from "../helpers/officeDouble.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

describe("Unify: rules for one inbox, in headless Chromium (browser)", function () {
  this.timeout(90000);
  const suite = useServerAndBrowser();

  it("inside Outlook, in English: prefilled rule, every format, download, then dry run and apply", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "en-US",
      office: { ...CLASSIC_WINDOWS_OUTLOOK_COM, displayLanguage: "en-US" },
    });
    try {
      await showSection(page, "Unify");
      assert.match(
        await page.getByTestId("unify-account").first().innerText(),
        /marie\.dupont@hotmail\.fr/
      );
      await page.getByTestId("unify-new-account").fill("marie.perso@gmail.com");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByTestId("rule-editor").waitFor();
      // The UI is English, the (demo) mailbox French: folders go by the mailbox's own names.
      assert.equal(await page.getByTestId("rule-folder").inputValue(), "Boîte de réception/Gmail");
      const preview = page.getByTestId("artifact-preview");
      await preview.getByTestId("artifact-content").waitFor();
      assert.match(
        await preview.getByTestId("artifact-content").innerText(),
        /"displayName": "marie\.perso@gmail\.com → Gmail"/
      );
      await preview.getByRole("tab", { name: "Classic Outlook steps" }).click();
      assert.match(
        await preview.getByTestId("artifact-content").innerText(),
        /sent to people or public group: “marie\.perso@gmail\.com”/
      );
      assert.match(
        await preview.getByTestId("artifact-content").innerText(),
        /folder “Boîte de réception” > “Gmail”/
      );

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        preview.getByTestId("artifact-download").click(),
      ]);
      assert.equal(download.suggestedFilename(), "outlook-rules-steps.txt");
      assert.match(
        readFileSync((await download.path())!, "utf8"),
        /File > Manage Rules & Alerts > New Rule…/
      );

      await page.getByTestId("apply-preview").click();
      await page.getByTestId("apply-result").waitFor();
      assert.match(
        await page.getByTestId("apply-result").innerText(),
        /Folder Boîte de réception > Gmail will be created[\s\S]*Rule "marie\.perso@gmail\.com → Gmail" will be created/
      );
      await page.screenshot({ path: `${SCREENSHOTS}/unify-outlook-en.png`, fullPage: true });
      await page.getByTestId("apply-confirm").click();
      await page.getByText('Rule "marie.perso@gmail.com → Gmail" created').waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("standalone, in French: a third-party app strategy gives Thunderbird, Sieve and Gmail files", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await showSection(page, "Regrouper");
      for (const address of ["jean@orange.fr", "jean.martin@gmail.com"]) {
        await page.getByTestId("unify-new-account").fill(address);
        await page.getByRole("button", { name: "Ajouter", exact: true }).click();
        await page.getByText(address).waitFor();
      }
      // An edited rule stays as the user wrote it when another account is added.
      await page.getByTestId("rule-folder").first().fill("Boîte de réception/Perso");
      await page.getByTestId("unify-new-account").fill("jean@free.fr");
      await page.getByRole("button", { name: "Ajouter", exact: true }).click();
      await page.getByText("jean@free.fr").waitFor();
      assert.equal(await page.getByTestId("rule-folder").count(), 2);
      assert.equal(
        await page.getByTestId("rule-folder").first().inputValue(),
        "Boîte de réception/Perso"
      );
      await page.getByRole("button", { name: "Retirer" }).last().click();
      await page.getByRole("radio", { name: /Un autre logiciel/ }).check();
      const preview = page.getByTestId("artifact-preview");
      await preview.getByRole("tab", { name: "Sieve" }).click();
      await preview.getByText(/fileinto :create "INBOX\/Gmail"/).waitFor();
      await preview.getByRole("tab", { name: "Gmail" }).click();
      assert.match(
        await preview.getByTestId("artifact-content").innerText(),
        /<apps:property name="label" value="Gmail"><\/apps:property>/
      );
      assert.match(
        await preview.innerText(),
        /Approximation\u00a0: Gmail a des étiquettes, pas des dossiers/
      );
      assert.equal(
        await page.getByTestId("apply-panel").count(),
        0,
        "nothing to apply for a third-party app"
      );
      await page.screenshot({ path: `${SCREENSHOTS}/unify-standalone-fr.png`, fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
