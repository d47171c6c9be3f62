// axe-core, the accessibility engine browsers' tools use, on every view and state, in both languages:
// no violation at all (WCAG A/AA and axe's best practices).
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { useServerAndBrowser } from "../helpers/browserSuite.js";
import { ENRON_PST } from "../helpers/enronPst.js";

/**
 * Fluent's focus sentinels (tabster's data-tabster-dummy elements) are focusable and aria-hidden on
 * purpose: they hand the focus on at once, and screen readers must not announce them. Their
 * maintainers call the aria-hidden-focus report on them a false positive, and Microsoft's
 * Accessibility Insights suppresses exactly that (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605): so do we, for that rule and those nodes only.
 */
const isTabsterSentinel = (rule: string, html: string) =>
  rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy=""/.test(html);

async function violations(page: Page, state: string): Promise<string[]> {
  const { violations: all } = await new AxeBuilder({ page }).analyze();
  const violations = all
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterSentinel(violation.id, node.html)),
    }))
    .filter((violation) => violation.nodes.length > 0);
  return violations.map(
    (violation) =>
      `${state}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(" | ")})`
  );
}

const WORDS = {
  "en-US": {
    sections: ["Diagnose", "Repair", "Unify", "Migrate", "Account"],
    pst: "Inbox;2024;3,120;850 MB\nArchives;2019;5,000;2.5 GB",
    add: "Add",
  },
  "fr-FR": {
    sections: ["Diagnostic", "Réparation", "Regrouper", "Migrer", "Compte"],
    pst: "Boîte de réception;2024;3 120;850 Mo\nArchives;2019;5 000;2,5 Go",
    add: "Ajouter",
  },
} as const;

describe("accessibility of every view, in headless Chromium (browser)", function () {
  this.timeout(120000);
  const suite = useServerAndBrowser();

  for (const locale of ["en-US", "fr-FR"] as const) {
    it(`${locale}: 0 axe-core violations in every section and state`, async () => {
      const words = WORDS[locale];
      const { context, page } = await openTaskpane(suite.browser, suite.server.url, { locale });
      const found: string[] = [];
      try {
        const [diagnose, repair, unify, migrate, account] = words.sections;
        await page.getByTestId("status-details-toggle").click();
        await page.getByTestId("diagnose-email").fill("marie.dupont@hotmail.fr");
        await page.getByTestId("diagnose-run").click();
        await page.getByTestId("finding-pop3PasswordRetired").waitFor();
        await page.getByTestId("storage-chart").waitFor();
        found.push(...(await violations(page, diagnose)));

        await page.getByTestId("finding-pop3PasswordRetired").getByRole("button").click();
        await page.getByTestId("repair-view").waitFor();
        found.push(...(await violations(page, repair)));

        await showSection(page, unify);
        await page.getByTestId("unify-new-account").fill("marie.perso@gmail.com");
        await page.getByRole("button", { name: words.add, exact: true }).click();
        await page.getByTestId("artifact-preview").waitFor();
        await page.getByTestId("apply-preview").click();
        await page.getByTestId("apply-result").waitFor();
        found.push(...(await violations(page, unify)));

        await showSection(page, migrate);
        await page.getByTestId("migrate-input").fill(`${words.pst}\nligne illisible`);
        await page.getByTestId("migrate-free-disk").fill("-1");
        await page.getByTestId("upload-monitor").waitFor();
        found.push(...(await violations(page, migrate)));
        await page.getByTestId("pst-file").setInputFiles(ENRON_PST);
        await page.getByTestId("pst-summary").waitFor({ timeout: 30000 });
        found.push(...(await violations(page, `${migrate}, .pst`)));

        await showSection(page, account);
        await page.getByTestId("account-panel").waitFor();
        found.push(...(await violations(page, account)));
        assert.deepEqual(found, []);
      } finally {
        await context.close();
      }
    });
  }
});
