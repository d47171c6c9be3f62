// The .pst migration planner and the settings cards for other apps, as a user sees them.
import assert from "node:assert/strict";
import { CLASSIC_WINDOWS_OUTLOOK_COM } from "../helpers/officeDouble.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";

describe("migration planner and settings cards in headless Chromium (browser)", function () {
  this.timeout(90000);
  const suite = useServerAndBrowser();

  it("in French: plans batches newest first, flags the oversized year, compares with the demo mailbox's free space", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "fr-FR",
    });
    try {
      await showSection(page, "Migrer");
      // Before the user enters anything: an example as placeholder, no verdict on space.
      const input = page.getByTestId("migrate-input");
      assert.equal(await input.inputValue(), "");
      assert.match(
        (await input.getAttribute("placeholder")) ?? "",
        /^Par exemple\u00a0:\nBoîte de réception;2024;3 120;850 Mo/
      );
      assert.match(
        await page.getByTestId("migrate-empty").innerText(),
        /^Rien à planifier pour l’instant/
      );
      assert.equal(await page.getByTestId("migrate-space").count(), 0);
      assert.equal(await page.getByTestId("migrate-cache").count(), 0);

      await input.fill(
        "Boîte de réception;2024;3 120;850 Mo\nBoîte de réception;2023;2 890;980 Mo\nÉléments envoyés;2024;1 400;150 Mo\nArchives;2019;5 000;2,5 Go"
      );
      await page.getByTestId("migrate-space").waitFor();
      assert.match(
        await page.getByTestId("migrate-space").innerText(),
        /Pas assez de place\u00a0: 4,4 Go à envoyer mais seulement 849 Mo libres/
      );
      const batches = await page.getByTestId("migrate-batch").allInnerTexts();
      assert.match(
        batches[0]!,
        /^2024\u00a0: Boîte de réception, Éléments envoyés — 1\u202f000 Mo, 4\u202f520 messages/
      );
      assert.match(batches.at(-1)!, /2019\u00a0: Archives — 2,5 Go[\s\S]*Plus gros qu’un lot/);

      // A line that cannot be read is shown back with why; a folder called "Dossier …" is a folder.
      await input.fill("Factures;2022;56;40\nligne illisible\nDossier clients;2021;12;3 Mo");
      const unreadable = page.getByTestId("migrate-unreadable");
      await unreadable.waitFor();
      assert.match(
        await unreadable.innerText(),
        /^Cette ligne n’a pas pu être lue et ne figure pas dans le plan\u00a0:\s+Ligne 2 \(«\u00a0ligne illisible\u00a0»\)\u00a0: il faut quatre valeurs/
      );
      assert.match(
        await page.getByTestId("migrate-space").innerText(),
        /Assez de place\u00a0: 43 Mo/
      );
      assert.equal(await page.getByTestId("migrate-batch").count(), 2);

      // The free disk space: only a positive size, and the advice once it is given.
      const freeDisk = page.getByTestId("migrate-free-disk");
      await freeDisk.fill("-5");
      await page.getByText("Indiquez l’espace libre en Go, un nombre supérieur à 0").waitFor();
      assert.equal(await page.getByTestId("migrate-cache").count(), 0);
      await freeDisk.fill("120,5");
      assert.match(await page.getByTestId("migrate-cache").innerText(), /sur Tout/);
      await page.screenshot({ path: `${SCREENSHOTS}/migrate-fr.png`, fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  for (const [locale, tab, follow, status] of [
    ["fr-FR", "Migrer", "Suivre", /^0 message arrivé sur 2\u202f290/],
    ["en-US", "Migrate", "Follow", /^0 of 2,290 messages arrived/],
  ] as const) {
    it(`follows an upload into the demo mailbox, counting what arrives (${locale})`, async () => {
      const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
        locale,
      });
      try {
        await showSection(page, tab);
        await page.getByTestId("migrate-input").fill("Archive;2019;2290;400");
        await page.getByTestId("monitor-destination").fill("Archive/2019");
        await page.getByRole("button", { name: follow, exact: true }).click();
        const progress = page.getByTestId("monitor-progress");
        await progress.waitFor();
        assert.match(await progress.innerText(), status);
        // The demo mailbox fills the watched folder at 3 messages a second; readings come every 2 s.
        await page.waitForFunction(
          () =>
            Number(
              document.querySelector("[data-testid=monitor-progress]")?.getAttribute("data-arrived")
            ) > 0,
          undefined,
          { timeout: 20000 }
        );
        await page.screenshot({ path: `${SCREENSHOTS}/monitor-${locale}.png`, fullPage: true });
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it("reads the mailbox once for Diagnose and Migrate, with the plan the user chose", async () => {
    const { context, page, requested, errors } = await openTaskpane(
      suite.browser,
      suite.server.url,
      { locale: "en-US" }
    );
    try {
      const reads = () => requested.filter((url) => url.endsWith("/api/mailbox/diagnose")).length;
      await page.getByTestId("storage-chart").waitFor();
      await page.getByTestId("mailbox-panel").getByRole("combobox").selectOption("50");
      await page.getByTestId("finding-mailbox.storage.ok").waitFor();
      assert.equal(reads(), 2, "one reading, and one more for the new plan");
      await showSection(page, "Migrate");
      await page
        .getByTestId("migrate-input")
        .fill(
          "Inbox;2024;3,120;850 MB\nInbox;2023;2,890;980 MB\nSent Items;2024;1,400;150 MB\nArchives;2019;5,000;2.5 GB"
        );
      assert.match(
        await page.getByTestId("migrate-space").innerText(),
        /Enough room: 4\.4 GB to upload, 35\.8 GB free/
      );
      await showSection(page, "Diagnose");
      await page.getByTestId("storage-chart").waitFor();
      // Counted after a settle period, so a late re-read would be seen, not right after the switch.
      await page.waitForTimeout(1500);
      assert.equal(reads(), 2, "switching sections does not read the mailbox again");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("in English, inside Outlook: settings cards give OAuth2 values for Outlook.com and the local part as Free's user name", async () => {
    const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
      locale: "en-US",
      office: { ...CLASSIC_WINDOWS_OUTLOOK_COM, displayLanguage: "en-US" },
    });
    try {
      await showSection(page, "Unify");
      await page.getByTestId("unify-new-account").fill("jean.martin@free.fr");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByRole("radio", { name: /Another app/ }).check();
      const outlook = page.getByTestId("settings-marie.dupont@hotmail.fr");
      await outlook.waitFor();
      const outlookText = await outlook.innerText();
      assert.match(outlookText, /outlook\.office365\.com/);
      assert.match(outlookText, /OAuth2/);
      assert.match(outlookText, /App passwords no longer work/);
      const free = await page.getByTestId("settings-jean.martin@free.fr").innerText();
      assert.match(free, /imap\.free\.fr/);
      assert.match(free, /User name\s+jean\.martin\s/);
      await page.screenshot({ path: `${SCREENSHOTS}/settings-cards-en.png`, fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
