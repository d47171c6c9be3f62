import assert from "node:assert/strict";
import type { OutlookDiscoveryResponse } from "@contracts/connectivity.js";
import { AutodiscoverSimulator } from "../../simulators/autodiscover/autodiscoverSimulator.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

describe("what classic Outlook will be told: Autodiscover v2 (POST /api/connectivity/outlook)", () => {
  let autodiscover: AutodiscoverSimulator;
  let app: TestApp;

  before(async () => {
    autodiscover = new AutodiscoverSimulator();
    autodiscover.mailboxes.add("marie.dupont@hotmail.fr");
    autodiscover.mailboxes.add("claire@cabinet-martin.fr");
    autodiscover.onPremises.set("hybride.fr", "mail.hybride.fr");
    await autodiscover.listen();
    app = await startTestApp({ AUTODISCOVER_BASE_URL: autodiscover.baseUrl });
  });
  after(async () => {
    await app?.close();
    await autodiscover?.close();
  });
  beforeEach(() => (autodiscover.requests.length = 0));

  const ask = async (email: string, locale: "en" | "fr" = "en", target: TestApp = app) => {
    const response = await fetch(`${target.url}/api/connectivity/outlook`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, locale }),
    });
    return { status: response.status, body: (await response.json()) as OutlookDiscoveryResponse };
  };

  it("a mailbox Exchange Online hosts: Outlook is given Exchange, asked the way Outlook asks", async () => {
    const { status, body } = await ask("Marie.Dupont@hotmail.fr");
    assert.equal(status, 200);
    assert.equal(body.result, "exchange");
    assert.equal(body.url, "https://outlook.office365.com/autodiscover/autodiscover.xml");
    assert.equal(body.finding.severity, "ok");
    assert.match(
      body.finding.title,
      /Classic Outlook will set up Marie\.Dupont@hotmail\.fr as an Exchange\/Outlook\.com account/
    );
    assert.deepEqual(autodiscover.requests, [
      // One question per address whatever its case (Exchange compares addresses case-insensitively).
      "/autodiscover/autodiscover.json/v1.0/marie.dupont@hotmail.fr?Protocol=AutodiscoverV1",
    ]);
  });

  it("an address Microsoft does not host: redirected to its own service, so Outlook falls back to IMAP/POP", async () => {
    const { body } = await ask("jean.perso@gmail.com", "fr");
    assert.equal(body.result, "not-found");
    assert.equal(body.finding.severity, "warning");
    assert.equal(body.finding.title, "Microsoft ne connaît pas de boîte pour jean.perso@gmail.com");
    assert.equal(
      autodiscover.requests.length,
      1,
      "the redirect to Microsoft itself is not followed"
    );
  });

  it("a hybrid organisation: Outlook is sent to its own Exchange server", async () => {
    const { body } = await ask("paul@hybride.fr");
    assert.equal(body.result, "elsewhere");
    assert.equal(body.url, "https://mail.hybride.fr/autodiscover/autodiscover.json");
    assert.match(body.finding.detail, /redirects Outlook to https:\/\/mail\.hybride\.fr\//);
  });

  it("asks Microsoft once per address for a while", async () => {
    await ask("claire@cabinet-martin.fr");
    await ask("Claire@Cabinet-Martin.fr");
    assert.equal(autodiscover.requests.length, 1);
  });

  it("says when Microsoft could not be asked, and refuses a bad address with a 400", async () => {
    const offline = await startTestApp();
    try {
      const { body } = await ask("marie.dupont@hotmail.fr", "en", offline);
      assert.equal(body.result, "unreachable");
      assert.equal(body.finding.severity, "info");
    } finally {
      await offline.close();
    }
    const bad = await ask("not an address");
    assert.equal(bad.status, 400);
    assert.equal((bad.body as unknown as { error: { code: string } }).error.code, "invalid_email");
  });

  it("the simulator answers an unknown protocol as Exchange Online does", async () => {
    const response = await fetch(
      `${autodiscover.baseUrl}/autodiscover/autodiscover.json/v1.0/marie.dupont@hotmail.fr?Protocol=Imap`
    );
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), {
      ErrorCode: "InvalidProtocol",
      ErrorMessage:
        "The given protocol value 'Imap' is invalid. Supported values are 'Rest,ActiveSync,Ews,AutodiscoverV1'",
    });
  });
});
