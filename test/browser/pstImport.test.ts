// Migrate > Import a .pst file, as a user does it, in both languages: choose enron.pst, see what it
// holds, start, pause, reload the page, choose the file again, resume, finish, download the report.
// The import runs in the page's Web Worker and goes to the demo mailbox's Graph; what arrived is then
// read back through the same Graph, keys and all.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { SCREENSHOTS, useServerAndBrowser } from "../helpers/browserSuite.js";
import { ENRON_PST } from "../helpers/enronPst.js";
import { IMPORT_KEY_PROPERTY } from "../../addin/src/pstImport/engine/graphMessage.js";

const MESSAGES = 71;

interface Listed {
  value: {
    id: string;
    displayName?: string;
    singleValueExtendedProperties?: { value: string }[];
  }[];
}

/**
 * Every import key under a folder of the page's demo mailbox (its whole tree), read through Graph
 * as the page's importer reaches it: with the page's demo visitor id.
 */
async function importKeysUnder(
  page: Page,
  serverUrl: string,
  folderName: string
): Promise<string[]> {
  const visitor = await page.evaluate(() => localStorage.getItem("mailbridge.demoVisitor"));
  assert.ok(visitor, "the page keeps a demo visitor id");
  const graph = `${serverUrl}/demo-graph/v1.0`;
  const get = async (path: string) =>
    (await (
      await fetch(`${graph}${path}`, { headers: { Authorization: `Bearer ${visitor}` } })
    ).json()) as Listed;
  const top = (await get("/me/mailFolders/msgfolderroot/childFolders?$top=100")).value.find(
    (folder) => folder.displayName === folderName
  );
  assert.ok(top, `${folderName} was created`);
  const keys: string[] = [];
  const expand = encodeURIComponent(
    `singleValueExtendedProperties($filter=id eq '${IMPORT_KEY_PROPERTY}')`
  );
  const walk = async (id: string): Promise<void> => {
    const messages = await get(
      `/me/mailFolders/${id}/messages?$top=1000&$select=id&$expand=${expand}`
    );
    for (const message of messages.value)
      keys.push(message.singleValueExtendedProperties?.[0]?.value ?? "");
    for (const child of (await get(`/me/mailFolders/${id}/childFolders?$top=100`)).value)
      await walk(child.id);
  };
  await walk(top.id);
  return keys;
}

/** Words of the report's folder names that the 380 px layout splits over two lines ("Syste|ms"). */
function wordsBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const row of document.querySelectorAll("[data-testid=pst-report] tbody tr")) {
      const text = row.querySelector("td")?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      // A line may end after a space or a hyphen ("(Non-|Privileged)"), never inside a word.
      for (const word of (text.textContent ?? "").matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        if (range.getClientRects().length > 1) broken.push(word[0]);
      }
    }
    return broken;
  });
}

async function chooseEnron(page: Page): Promise<void> {
  await page.getByTestId("pst-file").setInputFiles(ENRON_PST);
  await page.getByTestId("pst-summary").waitFor({ timeout: 30000 });
}

describe(".pst import in headless Chromium (browser)", function () {
  this.timeout(120000);
  const suite = useServerAndBrowser();

  for (const [locale, tab, texts] of [
    [
      "fr-FR",
      "Migrer",
      {
        summary: /enron\.pst\u00a0: 71 messages dans 5 dossiers/,
        folderLabel: "Nom du nouveau dossier",
        folder: "Importé de Outlook (test fr)",
        resume: "Reprendre l’importation",
        finished: "Importation terminée.",
        csvHeader: "Dossier,Objet,Date,État,Raison",
        imported: "Importé",
        folderResult: /^\d+ (importés?|déjà là)(, \d+ déjà là)?$/,
      },
    ],
    [
      "en-US",
      "Migrate",
      {
        summary: /enron\.pst: 71 messages in 5 folders/,
        folderLabel: "Name of the new folder",
        folder: "Imported from Outlook (test en)",
        resume: "Resume the import",
        finished: "Import finished.",
        csvHeader: "Folder,Subject,Date,Status,Reason",
        imported: "Imported",
        folderResult: /^\d+ (imported|already there)(, \d+ already there)?$/,
      },
    ],
  ] as const) {
    it(`imports enron.pst into the demo mailbox, paused, reloaded and resumed, exactly once (${locale})`, async () => {
      const { context, page, errors } = await openTaskpane(suite.browser, suite.server.url, {
        locale,
      });
      try {
        await showSection(page, tab);
        await chooseEnron(page);
        assert.match(await page.getByTestId("pst-summary").innerText(), texts.summary);
        await page.getByLabel(texts.folderLabel).fill(texts.folder);
        await page.getByTestId("pst-start").click();
        // Pause once some messages are in.
        await page.waitForFunction(
          () =>
            Number(
              document.querySelector("[data-testid=pst-progress]")?.getAttribute("data-done")
            ) >= 10,
          undefined,
          { timeout: 60000 }
        );
        await page.getByTestId("pst-pause").click();
        await page.getByTestId("pst-paused").waitFor({ timeout: 60000 });
        const before = (await importKeysUnder(page, suite.server.url, texts.folder)).length;
        assert.ok(before >= 10 && before < MESSAGES, `paused part-way (${before} imported)`);

        await page.reload();
        await showSection(page, tab);
        await chooseEnron(page);
        await page.getByRole("button", { name: texts.resume }).click();
        await page.getByTestId("pst-finished").waitFor({ timeout: 90000 });
        assert.equal(await page.getByTestId("pst-finished").innerText(), texts.finished);
        await page.screenshot({ path: `${SCREENSHOTS}/pst-import-${locale}.png`, fullPage: true });
        // One sentence per folder ("47 imported, 2 already there") that adds up to every message.
        const results = await page.getByTestId("pst-report-result").allInnerTexts();
        for (const result of results) assert.match(result, texts.folderResult);
        const counted = results.flatMap((result) => result.match(/\d+/g) ?? []).map(Number);
        assert.equal(
          counted.reduce((sum, count) => sum + count, 0),
          MESSAGES
        );
        assert.deepEqual(await wordsBrokenAcrossLines(page), [], "folder names wrap between words");

        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByTestId("pst-report-csv").click(),
        ]);
        const csv = readFileSync((await download.path())!, "utf8");
        const lines = csv
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n");
        assert.equal(lines[0], texts.csvHeader);
        assert.equal(lines.length - 1, MESSAGES, "one line per message");

        const keys = await importKeysUnder(page, suite.server.url, texts.folder);
        assert.equal(keys.length, MESSAGES, "every message once");
        assert.equal(new Set(keys).size, MESSAGES, "no message twice");
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
