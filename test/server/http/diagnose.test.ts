import assert from "node:assert/strict";
import fc from "fast-check";
import type { DiagnoseResponse } from "@contracts/diagnosis.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";
import * as snapshots from "../../fixtures/snapshots.js";

describe("POST /api/diagnose and GET /api/providers/lookup (HTTP)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/diagnose`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("answers in the locale asked for, else in the browser's language", async () => {
    const french = (await (
      await post(
        { snapshot: snapshots.classicWindowsOutlookCom },
        { "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" }
      )
    ).json()) as DiagnoseResponse;
    assert.equal(french.locale, "fr");
    assert.match(french.findings.map((f) => f.title).join(), /Outlook classique/);
    const english = (await (
      await post(
        { snapshot: snapshots.classicWindowsOutlookCom, locale: "en" },
        { "Accept-Language": "fr-FR" }
      )
    ).json()) as DiagnoseResponse;
    assert.equal(english.locale, "en");
    assert.match(english.findings.map((f) => f.title).join(), /classic Outlook/);
  });

  it("names the bad field in a 400, in plain words", async () => {
    const response = await post({
      snapshot: { ...snapshots.standalone, mode: "desktop" },
      locale: 3,
    });
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, "invalid_request");
    assert.match(error.message, /snapshot\.mode: must be "outlook" or "standalone"/);
    assert.match(error.message, /locale: must be "en" or "fr"/);
    const missing = (await (await post({})).json()) as { error: { message: string } };
    assert.match(missing.error.message, /snapshot: is required/);
    const notAnObject = (await (await post([])).json()) as { error: { message: string } };
    assert.match(notAnObject.error.message, /is not valid: it must be an object\.$/);
  });

  it("rejects an unusable address with a 400, not a 500", async () => {
    const response = await post({ snapshot: snapshots.standalone, email: "marie at hotmail" });
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /^email: /
    );
  });

  it("rejects unknown fields (typos must not be silently ignored)", async () => {
    const response = await post({ snapshot: snapshots.standalone, answers: { usedPOP3: true } });
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /usedPOP3/
    );
  });

  it("never answers 5xx, whatever JSON it is sent", async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              snapshot: fc.oneof(fc.jsonValue(), fc.constant(snapshots.standalone)),
              email: fc.oneof(fc.string(), fc.jsonValue()),
              answers: fc.jsonValue(),
            },
            { requiredKeys: [] }
          )
        ),
        async (body) => {
          const response = await post(body);
          await response.arrayBuffer();
          return response.status === 200 || response.status === 400;
        }
      ),
      { numRuns: 300 }
    );
  });

  it("GET /api/providers/lookup returns provider and protocols", async () => {
    const response = await fetch(
      `${app.url}/api/providers/lookup?email=${encodeURIComponent("Jean@Live.FR")}`
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      domain: string;
      provider: { kind: string };
      protocols: { protocol: string }[];
    };
    assert.equal(body.domain, "live.fr");
    assert.equal(body.provider.kind, "microsoft-consumer");
    assert.deepEqual(
      body.protocols.map((entry) => entry.protocol),
      ["pop3", "imap", "smtp", "mapi", "eas"]
    );
  });

  it("GET /api/providers/lookup explains a missing or bad address with a 400", async () => {
    for (const query of ["", "?email=", "?email=nope", "?email=a%40b%40c", "?email[]=x"]) {
      const response = await fetch(`${app.url}/api/providers/lookup${query}`);
      assert.equal(response.status, 400, query);
      const { error } = (await response.json()) as { error: { message: string } };
      assert.ok(error.message.length > 10, query);
    }
  });
});
