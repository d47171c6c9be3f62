// Every error a user can meet, in French: the words are the taskpane's own, next to the field they
// concern, and no English sentence reaches a French screen.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

/** Words of an English sentence that French text never contains. */
const ENGLISH =
  /\b(the|is|not|must|could|should|error|please|valid|required|characters|request|failed|this)\b/i;

const fieldMessage = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator("xpath=ancestor::*[contains(@class,'fui-Field')][1]")
    .locator(".fui-Field__validationMessage");

describe("errors in the user's language, in headless Chromium (browser)", function () {
  this.timeout(90000);
  const suite = useServerAndBrowser();

  it("in French, every error path speaks French, next to the field it concerns", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    const seen: string[] = [];
    try {
      // Diagnosis: a good address, then a bad one — the old findings go, the message sits on the field.
      await page.getByTestId("diagnose-email").fill("marie.dupont@hotmail.fr");
      await page.getByTestId("diagnose-run").click();
      await page.getByTestId("finding-pop3PasswordRetired").waitFor();
      await page.getByTestId("diagnose-email").fill("marie.dupont@");
      await page.getByTestId("diagnose-run").click();
      const emailMessage = fieldMessage(page, "diagnose-email");
      await emailMessage.waitFor();
      seen.push(await emailMessage.innerText());
      assert.equal(
        await page.getByTestId("finding-pop3PasswordRetired").count(),
        0,
        "no other address's findings left on screen"
      );

      // Unify: an address that is not one, a rule that would catch all mail, a name too long for the service.
      await showSection(page, "Regrouper");
      await page.getByTestId("unify-new-account").fill("pas-une-adresse");
      await page.getByRole("button", { name: "Ajouter", exact: true }).click();
      const addMessage = fieldMessage(page, "unify-new-account");
      await addMessage.waitFor();
      seen.push(await addMessage.innerText());

      await page.getByTestId("unify-new-account").fill("marie.perso@gmail.com");
      await page.getByRole("button", { name: "Ajouter", exact: true }).click();
      await page.getByTestId("rule-editor").waitFor();
      await page.getByTestId("artifact-preview").waitFor();
      const editor = page.getByTestId("rule-editor");
      await editor.getByLabel("Envoyé à").fill("");
      const catchAll = editor.getByText(
        "Sans condition, cette règle déplacerait tout votre courrier",
        { exact: false }
      );
      await catchAll.waitFor();
      seen.push(await catchAll.innerText());
      // Nothing stale can be taken: the files are greyed and every button is off.
      await page.getByTestId("unify-stale").waitFor();
      seen.push(await page.getByTestId("unify-stale").innerText());
      assert.equal(await page.getByTestId("artifact-preview").getAttribute("data-stale"), "true");
      assert.equal(await page.getByTestId("artifact-download").isDisabled(), true);
      assert.equal(await page.getByTestId("apply-preview").isDisabled(), true);

      await editor.getByLabel("Envoyé à").fill("marie.perso@gmail.com");
      await editor.getByLabel("Nom de la règle").fill("N".repeat(201));
      const nameMessage = editor.getByText(
        "La règle 1, son nom peut compter au plus 200 caractères"
      );
      await nameMessage.waitFor();
      seen.push(await nameMessage.innerText());
      assert.equal(await page.getByTestId("artifact-download").isDisabled(), true);
      await editor.getByLabel("Nom de la règle").fill("Gmail");
      await page.waitForFunction(
        () =>
          document.querySelector("[data-testid=artifact-preview]")?.getAttribute("data-stale") ===
          "false"
      );
      assert.equal(
        await page.getByTestId("artifact-download").isDisabled(),
        false,
        "valid again: usable again"
      );

      // The upload monitor: a folder that does not exist, said on the folder field.
      await showSection(page, "Migrer");
      await page.getByTestId("migrate-input").fill("Vieux dossier;2019;10;1 Mo");
      await page.getByTestId("monitor-destination").fill("Dossier qui n’existe pas");
      await page.getByTestId("monitor-start").click();
      const notFound = fieldMessage(page, "monitor-destination");
      await notFound.waitFor();
      seen.push(await notFound.innerText());

      // The service out of reach: the client's own failure, in French too.
      await page.route("**/api/mailbox/diagnose", (route) => route.abort("connectionrefused"));
      await showSection(page, "Diagnostic");
      await page.getByTestId("mailbox-run").click();
      const bar = page.getByTestId("mailbox-panel").getByTestId("error-bar");
      await bar.waitFor();
      seen.push(await bar.innerText());

      await page.screenshot({ path: `${SCREENSHOTS}/errors-fr.png`, fullPage: true });
      for (const text of seen) assert.doesNotMatch(text, ENGLISH, text);
      assert.match(
        seen[0]!,
        /^Ce n’est pas une adresse e-mail\u00a0: une adresse ressemble à nom@exemple\.fr/
      );
      assert.match(seen.at(-1)!, /^MailBridge n’a pas pu joindre son service/);
      assert.deepEqual(
        errors.filter((error) => !/Failed to load resource/.test(error)),
        []
      );
    } finally {
      await context.close();
    }
  });
});
