// The diagnosis and the repair wizard, walked as a user would, in both languages, standalone and
// inside an Office host double. Progress must survive reopening the taskpane.
import assert from "node:assert/strict";
import { CLASSIC_WINDOWS_OUTLOOK_COM } from "../helpers/officeDouble.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

describe("diagnosis and repair wizard in headless Chromium (browser)", function () {
  this.timeout(90000);
  const suite = useServerAndBrowser();

  it("standalone, in French: diagnoses a dead POP3 Hotmail, leads to the fix, keeps ticks after a reload", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await page.getByTestId("diagnose-email").fill("marie.dupont@hotmail.fr");
      await page.getByLabel("Je recevais cette adresse en POP3 dans Outlook").check();
      await page.getByLabel("J’ai des fichiers de données .pst avec d’anciens messages").check();
      await page.getByLabel("Outlook ne s’ouvre pas, ou refuse d’ajouter le compte").check();
      await page.getByTestId("diagnose-run").click();
      const pop = page.getByTestId("finding-pop3PasswordRetired");
      await pop.waitFor();
      assert.equal(await pop.getAttribute("data-severity"), "error");
      assert.match(await pop.innerText(), /Le POP3 avec mot de passe ne fonctionne plus/);
      await page.getByTestId("finding-outlookDoesNotOpen").waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/diagnose-standalone-fr.png`, fullPage: true });

      await pop.getByRole("button", { name: "Me montrer comment" }).click();
      const readd = page.getByTestId("step-readdWindows");
      await readd.waitFor();
      assert.match(
        await readd.innerText(),
        /Panneau de configuration \(affichage petites icônes\) > Courrier \(Microsoft Outlook\)/
      );
      assert.match(await readd.innerText(), /Recommandé pour vous/);
      assert.equal(
        await page.getByTestId("step-readdMac").count(),
        0,
        "Mac steps are hidden for classic Windows"
      );

      await page.getByTestId("step-backupPst").getByRole("checkbox").check();
      await page.getByTestId("step-testWebmail").getByRole("checkbox").check();
      const progressText = await page.getByTestId("repair-progress").innerText();
      assert.match(progressText, /^2 étapes faites sur \d+$/);
      await page.screenshot({ path: `${SCREENSHOTS}/repair-standalone-fr.png`, fullPage: true });

      await page.reload();
      await showSection(page, "Réparation");
      await page.getByTestId("repair-view").waitFor();
      assert.equal(await page.getByTestId("repair-progress").innerText(), progressText);
      assert.equal(await page.getByTestId("step-backupPst").getAttribute("data-done"), "true");
      assert.equal(await page.getByTestId("step-readdWindows").getAttribute("data-done"), "false");
      await showSection(page, "Diagnostic");
      assert.equal(
        await page.getByTestId("diagnose-email").inputValue(),
        "marie.dupont@hotmail.fr",
        "answers are kept too"
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("standalone, in French: an Orange POP user is never told to remove the account, and phases count without gaps", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await page.getByTestId("diagnose-email").fill("jean.martin@orange.fr");
      await page.getByLabel("Je recevais cette adresse en POP3 dans Outlook").check();
      await page.getByTestId("diagnose-run").click();
      await page.locator('[data-testid^="finding-"]').first().waitFor();
      await showSection(page, "Réparation");
      const repair = page.getByTestId("repair-view");
      await repair.waitFor();
      await repair.locator('[data-testid^="step-"]').first().waitFor();
      // Orange still takes the password: its POP account is the one that works.
      assert.equal(await page.getByTestId("step-removePop").count(), 0);
      const numbers = (await repair.locator("h3").allInnerTexts())
        .map((heading) => /^(\d+)\. /.exec(heading)?.[1])
        .filter((number) => number !== undefined)
        .map(Number);
      assert.ok(numbers.length >= 2, JSON.stringify(numbers));
      assert.deepEqual(
        numbers,
        numbers.map((_, index) => index + 1)
      );
      // At 380 px, next to a title on three lines, "Comment ?" is whole (it was cut at both ends).
      const clipped = await repair
        .getByRole("button", { name: /^Comment ?\?/ })
        .evaluateAll(
          (buttons) => buttons.filter((button) => button.scrollWidth > button.clientWidth).length
        );
      assert.equal(clipped, 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("inside Outlook for Mac, in English: tailors steps to the Mac, marks the others, keeps progress in roaming settings", async () => {
    const mac = {
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      platform: "Mac",
      hostVersion: "16.89",
      emailAddress: "sophie@live.com",
      displayName: "Sophie",
      displayLanguage: "en-US",
    };
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
      office: mac,
    });
    try {
      assert.equal(
        await page.getByTestId("diagnose-email").count(),
        0,
        "Outlook gave the address: no need to ask"
      );
      await page
        .getByLabel("I want to read this address in another app (Thunderbird, Apple Mail, a phone)")
        .check();
      await page.getByTestId("diagnose-run").click();
      await page.getByTestId("finding-host.mac").waitFor();
      const imapOff = page.getByTestId("finding-protocolsOff.microsoft");
      assert.match(await imapOff.innerText(), /Forwarding and IMAP/);
      await page.screenshot({ path: `${SCREENSHOTS}/diagnose-outlook-mac-en.png`, fullPage: true });

      await showSection(page, "Repair");
      assert.equal(await page.getByRole("radio", { name: "Outlook for Mac" }).isChecked(), true);
      await page.getByTestId("step-readdMac").waitFor();
      assert.equal(await page.getByTestId("step-readdWindows").count(), 0);
      await page.getByTestId("repair-toggle-others").click();
      assert.match(
        await page.getByTestId("step-readdWindows").innerText(),
        /Not for Outlook for Mac/
      );
      await page.getByTestId("step-enableImap").getByRole("checkbox").check();
      await page.screenshot({ path: `${SCREENSHOTS}/repair-outlook-mac-en.png`, fullPage: true });

      await page.reload();
      await showSection(page, "Repair");
      assert.equal(await page.getByTestId("step-enableImap").getAttribute("data-done"), "true");
      const roaming = await page.evaluate(() =>
        localStorage.getItem("office-double:roamingSettings")
      );
      assert.match(roaming ?? "", /"enableImap"/, "progress went through Office roaming settings");
      assert.equal(
        await page.evaluate(() => localStorage.getItem("mailbridge.progress.v1")),
        null,
        "not through localStorage"
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("the FAQ answers searches, accents or not, in both languages", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await showSection(page, "Réparation");
      const search = page.getByRole("searchbox", { name: "Rechercher dans les réponses" });
      await search.fill("epingler");
      assert.equal(await page.locator('[data-testid^="faq-"]').count(), 1);
      await page.getByTestId("faq-pinning").getByRole("button").click();
      assert.match(
        await page.getByTestId("faq-pinning").innerText(),
        /Outlook ne propose pas de volets épinglables/
      );
      await search.fill("zzzz introuvable");
      await page.getByText("Aucune réponse ne correspond").waitFor();
      await page
        .getByRole("group", { name: "Langue" })
        .getByRole("button", { name: "English" })
        .click();
      await page.getByRole("searchbox", { name: "Search the answers" }).fill("app password");
      assert.ok((await page.locator('[data-testid^="faq-"]').count()) >= 1);
      await page.getByTestId("faq-appPassword").waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("mailbox checks in the taskpane, demo mode (browser)", function () {
  this.timeout(60000);
  const suite = useServerAndBrowser();

  for (const [locale, full, chartLabel] of [
    ["fr-FR", /Votre boîte est presque pleine\u00a0: 14,2 Go sur 15,0 Go/, /14,2 Go sur 15,0 Go/],
    ["en-US", /Your mailbox is nearly full: 14\.2 GB of 15\.0 GB/, /14\.2 GB of 15\.0 GB/],
  ] as const) {
    it(`shows the demo mailbox's findings and storage chart (${locale})`, async () => {
      const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
        locale,
        office: { ...CLASSIC_WINDOWS_OUTLOOK_COM, displayLanguage: locale },
      });
      try {
        const chart = page.getByTestId("storage-chart");
        await chart.waitFor();
        assert.match(await chart.innerText(), chartLabel);
        assert.match(await page.getByTestId("finding-mailbox.storage.full").innerText(), full);
        assert.equal(
          await page.getByTestId("finding-mailbox.rules.forwardsOut").getAttribute("data-severity"),
          "warning"
        );
        await page.getByTestId("mailbox-panel").scrollIntoViewIfNeeded();
        await page.screenshot({
          path: `${SCREENSHOTS}/mailbox-demo-${locale}.png`,
          fullPage: true,
        });
        // Outlook shows the demo mailbox's own address: nothing to warn about.
        assert.match(
          await page.getByTestId("mailbox-panel").innerText(),
          /marie\.dupont@hotmail\.fr/
        );
        assert.equal(await page.getByTestId("demo-other-address").count(), 0);
        // A larger plan changes the verdict.
        await page.getByTestId("mailbox-panel").getByRole("combobox").selectOption("100");
        await page.getByTestId("finding-mailbox.storage.ok").waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it("standalone, in French: says the demo mailbox is not the address the user typed", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await page.getByTestId("storage-chart").waitFor();
      assert.match(
        await page.getByTestId("mailbox-panel").innerText(),
        /^La boîte de démonstration[\s\S]*boîte simulée \(marie\.dupont@hotmail\.fr\)/
      );
      await page.getByTestId("diagnose-email").fill("jean.martin@orange.fr");
      await page.getByTestId("diagnose-run").click();
      const other = page.getByTestId("demo-other-address");
      await other.waitFor();
      assert.match(
        await other.innerText(),
        /^Ces résultats ne concernent pas jean\.martin@orange\.fr/
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
