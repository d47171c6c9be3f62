// The IMAP sign-in test against real servers: MailBridge in live mode validates the user's token,
// exchanges it On-Behalf-Of the user with real msal-node at the identity simulator for an Outlook
// IMAP token, and signs in with XOAUTH2 (imapflow) to dovecot, which checks the token at the
// identity simulator.
import assert from "node:assert/strict";
import type { ImapTestResponse } from "@contracts/connectivity.js";
import { IMAP_SCOPES } from "../../../server/auth/graphTokenProvider.js";
import { startSimulators, type Simulators } from "../../helpers/liveStack.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";
import { startImapServer, type TestImapServer } from "../../helpers/imapServer.js";
import { freePort } from "../../helpers/builtServer.js";
import { IMAP_OFF, IMAP_ON, IMAP_REFUSED } from "../../helpers/imapAccounts.js";
import type { SimulatedUser } from "../../simulators/identity/identitySimulator.js";

describe("IMAP sign-in test with OAuth2 (POST /api/connectivity/imap-test, dovecot)", function () {
  this.timeout(30000);
  let simulators: Simulators;
  let imap: TestImapServer;
  let app: TestApp;

  before(async () => {
    simulators = await startSimulators();
    imap = await startImapServer({
      introspectionUrl: `${simulators.identity.baseUrl}/simulator/introspect`,
      imapOff: [IMAP_OFF.upn],
      refused: [IMAP_REFUSED.upn],
    });
    app = await startTestApp({ ...simulators.env, ...imap.env });
  });
  after(async () => {
    await app?.close();
    await imap?.stop();
    await simulators?.close();
  });
  beforeEach(() => {
    for (const user of [IMAP_ON, IMAP_OFF, IMAP_REFUSED])
      simulators.identity.consents.grant(user.oid, IMAP_SCOPES);
    simulators.identity.tokenRequests.length = 0;
    simulators.identity.introspections.length = 0;
  });

  const test = async (user: SimulatedUser, locale: "en" | "fr" = "en", target = app) => {
    const response = await fetch(`${target.url}/api/connectivity/imap-test`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${await simulators.identity.issueApiToken(user)}`,
      },
      body: JSON.stringify({ locale }),
    });
    return { status: response.status, body: (await response.json()) as ImapTestResponse };
  };
  const imapTokenRequests = () =>
    simulators.identity.tokenRequests.filter((request) => request.scope.includes("IMAP."));

  it("IMAP works: signs in with XOAUTH2, logs out, reads no mail; the token is asked for this test and used once", async () => {
    const { status, body } = await test(IMAP_ON);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.result, "works");
    assert.equal(body.email, "marie.dupont@hotmail.fr");
    assert.equal(body.finding.severity, "ok");
    assert.equal(body.finding.title, "IMAP works for marie.dupont@hotmail.fr");
    assert.deepEqual(simulators.identity.introspections, [true], "one token, checked once");
    assert.equal(imapTokenRequests().length, 1);
    assert.match(
      imapTokenRequests()[0]!.scope,
      /^https:\/\/outlook\.office\.com\/IMAP\.AccessAsUser\.All\b/
    );
    const log = await imap.log();
    assert.match(
      log,
      /imap\(marie\.dupont@hotmail\.fr\).*Logged out.*hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0/
    );
    // Nothing kept: a second test asks Microsoft for a new token.
    await test(IMAP_ON);
    assert.equal(imapTokenRequests().length, 2);
    assert.ok(
      !app.logLines().some((line) => /sim-outlook\.|Bearer /.test(line)),
      "no token in the logs"
    );
  });

  it("IMAP switched off: the sign-in is accepted, then 'User is authenticated but not connected', in French too", async () => {
    const { body } = await test(IMAP_OFF, "fr");
    assert.equal(body.result, "imap-off");
    assert.equal(body.finding.severity, "warning");
    assert.equal(body.finding.fixId, "enable-imap");
    assert.equal(body.finding.title, "L’IMAP est désactivé pour luc.martin@outlook.fr");
    assert.match(body.finding.detail, /Outlook sur le web > Paramètres .* > Transfert et IMAP/);
    assert.deepEqual(simulators.identity.introspections, [true], "dovecot accepted the token");
    assert.deepEqual(imap.imapOff.commands.slice(-1), ["NAMESPACE"]);
  });

  it("server unreachable: nothing listens on the IMAP port", async () => {
    const closed = await startTestApp({
      ...simulators.env,
      ...imap.env,
      IMAP_PORT: String(await freePort()),
    });
    try {
      const en = await test(IMAP_ON, "en", closed);
      assert.equal(en.body.result, "unreachable");
      assert.match(en.body.finding.title, /The IMAP server could not be reached/);
      const fr = await test(IMAP_ON, "fr", closed);
      assert.equal(fr.body.finding.title, "Le serveur IMAP est injoignable");
    } finally {
      await closed.close();
    }
  });

  it("says 'works' and 'switched off' in English and in French", async () => {
    const expected: [SimulatedUser, string, string, string][] = [
      [IMAP_ON, "works", "IMAP works for", "L’IMAP fonctionne pour"],
      [IMAP_OFF, "imap-off", "IMAP is switched off for", "L’IMAP est désactivé pour"],
    ];
    for (const [user, result, english, french] of expected) {
      const en = await test(user, "en");
      const fr = await test(user, "fr");
      assert.deepEqual([en.body.result, fr.body.result], [result, result], user.upn);
      assert.equal(en.body.finding.title, `${english} ${user.upn}`);
      assert.equal(fr.body.finding.title, `${french} ${user.upn}`);
    }
  });

  it("sign-in refused: the server says NO to the XOAUTH2 sign-in, in both languages", async () => {
    const { body } = await test(IMAP_REFUSED);
    assert.equal(body.result, "refused");
    assert.equal(body.finding.severity, "error");
    assert.equal(body.finding.title, "The IMAP server refused the sign-in of paul.durand@live.fr");
    // Last of the sign-ins: after a failure dovecot delays every later sign-in from this address.
    const fr = await test(IMAP_REFUSED, "fr");
    assert.equal(
      fr.body.finding.title,
      "Le serveur IMAP a refusé la connexion de paul.durand@live.fr"
    );
  });

  it("asks for the IMAP permission only when the user has not given it (403 consent_required), and checks the sign-in first", async () => {
    simulators.identity.consents.clear();
    const { status, body } = await test(IMAP_ON);
    assert.equal(status, 403);
    assert.equal((body as unknown as { error: { code: string } }).error.code, "consent_required");
    assert.deepEqual(simulators.identity.introspections, [], "nothing reached IMAP");
    const anonymous = await fetch(`${app.url}/api/connectivity/imap-test`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    assert.equal(anonymous.status, 401);
  });

  it("in demo mode there is no sign-in, so no IMAP test (404 demo_mode)", async () => {
    const demo = await startTestApp();
    try {
      const response = await fetch(`${demo.url}/api/connectivity/imap-test`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      assert.equal(response.status, 404);
      assert.equal(
        ((await response.json()) as { error: { code: string } }).error.code,
        "demo_mode"
      );
    } finally {
      await demo.close();
    }
  });
});
