// The .pst import in live mode: the page signs in (identity simulator answering for Microsoft), gets
// its own Graph token for Mail.ReadWrite when the import starts, and its worker sends the mail
// straight to "Graph" (the Graph simulator on another origin, through CORS and the CSP) — never
// through the MailBridge service, whose log shows no mail request.
import assert from "node:assert/strict";
import { MARIE } from "../helpers/liveStack.js";
import { openTaskpane, showSection } from "../helpers/taskpanePage.js";
import { useLiveServerAndBrowser } from "../helpers/browserSuite.js";
import { ENRON_PST } from "../helpers/enronPst.js";

describe(".pst import in live mode, straight from the browser to Graph (browser)", function () {
  this.timeout(180000);
  const suite = useLiveServerAndBrowser();

  it("asks for Mail.ReadWrite when the import starts and sends every message to Graph itself", async () => {
    const { simulators, server, browser } = suite;
    simulators.identity.signIn.signedInUser = MARIE;
    const { context, page, errors } = await openTaskpane(browser, server.url, {
      locale: "en-US",
      identityBaseUrl: simulators.identity.baseUrl,
    });
    try {
      await showSection(page, "Migrate");
      await page.getByTestId("pst-file").setInputFiles(ENRON_PST);
      // Reading the file takes a few seconds; one full-suite run on the shared 2 cores took over 30.
      await page.getByTestId("pst-summary").waitFor({ timeout: 60000 });
      await page.getByLabel("Name of the new folder").fill("Imported live");
      /** Every scope asked of the identity platform so far, by a prompt or a token request. */
      const asked = () => [
        ...simulators.identity.signIn.authorizeRequests.map((request) => request.scope),
        ...simulators.identity.tokenRequests.map((request) => request.scope),
      ];
      assert.ok(
        asked().every((scope) => !/Mail\.ReadWrite/.test(scope)),
        "not asked before the import"
      );
      await page.getByTestId("pst-start").click();
      await page.getByTestId("pst-finished").waitFor({ timeout: 90000 });
      assert.ok(
        asked().some((scope) => /Mail\.ReadWrite/.test(scope)),
        "asked when the import started"
      );
      const messages = [
        ...simulators.graph.mailboxOf(simulators.accounts.get(MARIE.oid)!).messages.values(),
      ];
      assert.equal(messages.length, 71);
      assert.ok(messages.every((message) => !message.isDraft));
      assert.ok(
        server.logs.every((line) => !/\/messages|demo-graph/.test(line)),
        "no mail request reached the MailBridge service"
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
