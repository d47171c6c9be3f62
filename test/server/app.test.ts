import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../helpers/testApp.js";
import { spaRedirectUris } from "../../server/auth/microsoftIdentity.js";
import { standalone } from "../fixtures/snapshots.js";

describe("HTTP service (server/app)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it("GET /healthz reports the mode and version", async () => {
    const response = await fetch(`${app.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: "ok", mode: "demo", version: "0.1.0" });
  });

  it("reports live mode when an Azure app is configured", async () => {
    const live = await startTestApp({
      AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      AZURE_CLIENT_SECRET: "x",
    });
    try {
      assert.equal(
        ((await (await fetch(`${live.url}/healthz`)).json()) as { mode: string }).mode,
        "live"
      );
    } finally {
      await live.close();
    }
  });

  it("sends a CSP that allows only our origin and the Office.js CDN for scripts, framed only by Outlook", async () => {
    const response = await fetch(`${app.url}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    assert.match(csp, /object-src 'none'/);
    assert.match(
      csp,
      /connect-src 'self' https:\/\/login\.microsoftonline\.com;/,
      "msal-browser redeems codes at Microsoft's token endpoint"
    );
    assert.match(csp, /frame-ancestors 'self' https:\/\/outlook\.office\.com/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("referrer-policy"), "no-referrer");
    assert.equal(response.headers.get("x-powered-by"), null);
    assert.equal(response.headers.get("access-control-allow-origin"), null);
  });

  it("GET /api/auth/config tells the taskpane how to sign in (live), and that no sign-in is needed (demo)", async () => {
    const demo = await fetch(`${app.url}/api/auth/config`);
    assert.equal(demo.status, 404);
    assert.equal(((await demo.json()) as { error: { code: string } }).error.code, "demo_mode");
    const live = await startTestApp({
      AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      AZURE_CLIENT_SECRET: "x",
      PUBLIC_URL: "https://mailbridge.example.org",
    });
    try {
      const response = await fetch(`${live.url}/api/auth/config`);
      assert.equal(response.headers.get("cache-control"), "no-store");
      assert.deepEqual(await response.json(), {
        clientId: "11111111-2222-3333-4444-555555555555",
        authority: "https://login.microsoftonline.com/common",
        apiScope:
          "api://mailbridge.example.org/11111111-2222-3333-4444-555555555555/access_as_user",
        graphScopes: {
          read: [
            "https://graph.microsoft.com/User.Read",
            "https://graph.microsoft.com/Mail.Read",
            "https://graph.microsoft.com/MailboxSettings.Read",
          ],
          write: [
            "https://graph.microsoft.com/User.Read",
            "https://graph.microsoft.com/Mail.ReadWrite",
            "https://graph.microsoft.com/MailboxSettings.ReadWrite",
          ],
          imap: ["https://outlook.office.com/IMAP.AccessAsUser.All"],
        },
        importScopes: ["https://graph.microsoft.com/Mail.ReadWrite"],
        graphBaseUrl: "https://graph.microsoft.com/v1.0",
      });
    } finally {
      await live.close();
    }
  });

  it("serves the sign-in pages that the app registration lists as redirect URIs", async () => {
    const uris = spaRedirectUris("https://mailbridge.example.org");
    assert.deepEqual(uris, [
      "brk-multihub://mailbridge.example.org",
      "https://mailbridge.example.org/signin-dialog.html",
      "https://mailbridge.example.org/signin-redirect.html",
    ]);
    assert.equal(
      spaRedirectUris("https://example.org/outils/mailbridge")[1],
      "https://example.org/outils/mailbridge/signin-dialog.html"
    );
    for (const uri of uris.slice(1))
      assert.equal(
        (await fetch(`${app.url}${new URL(uri).pathname}`)).status,
        200,
        `${uri} is built`
      );
  });

  it("answers unknown API routes with a JSON 404 in the stable error shape", async () => {
    const response = await fetch(`${app.url}/api/nope`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), {
      error: {
        code: "not_found",
        message: "There is nothing at GET /api/nope.",
        details: { method: "GET", path: "/api/nope" },
      },
    });
  });

  it("answers malformed JSON with 400 and no stack trace", async () => {
    const response = await fetch(`${app.url}/api/rules/compile`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    assert.equal(response.status, 400);
    const text = await response.text();
    assert.deepEqual(JSON.parse(text), {
      error: { code: "invalid_json", message: "The request body is not valid JSON." },
    });
    assert.doesNotMatch(text, /at .*\.(js|ts):\d+/);
  });

  it("answers an oversized body with 413", async () => {
    const response = await fetch(`${app.url}/api/rules/compile`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ x: "a".repeat(1_100_000) }),
    });
    assert.equal(response.status, 413);
    assert.equal(
      ((await response.json()) as { error: { code: string } }).error.code,
      "body_too_large"
    );
  });

  it("marks every API answer Cache-Control: no-store, successes and errors alike, with no ETag", async () => {
    const json = { "Content-Type": "application/json" };
    const answers = [
      await fetch(`${app.url}/api/providers/lookup?email=marie%40hotmail.fr`),
      await fetch(`${app.url}/api/diagnose`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ snapshot: standalone }),
      }),
      await fetch(`${app.url}/api/mailbox/diagnose`, { method: "POST", headers: json, body: "{}" }),
      await fetch(`${app.url}/api/diagnose`, { method: "POST", headers: json, body: "{" }),
      await fetch(`${app.url}/api/nope`),
      await fetch(`${app.url}/api/auth/config`),
    ];
    assert.deepEqual(
      answers.map((response) => response.status),
      [200, 200, 200, 400, 404, 404]
    );
    for (const response of answers) {
      assert.equal(response.headers.get("cache-control"), "no-store", response.url);
      assert.equal(response.headers.get("etag"), null, response.url);
    }
  });

  it("refuses API calls from another web origin (no CORS)", async () => {
    const response = await fetch(`${app.url}/api/anything`, {
      headers: { Origin: "https://evil.example" },
    });
    assert.equal(response.status, 403);
    assert.equal(
      ((await response.json()) as { error: { code: string } }).error.code,
      "cross_origin"
    );
  });

  it("serves the manifest filled with the configured public URL and app id", async () => {
    const live = await startTestApp({
      PUBLIC_URL: "https://mb.example.org",
      AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      AZURE_CLIENT_SECRET: "x",
    });
    try {
      const xml = await (await fetch(`${live.url}/manifest.xml`)).text();
      assert.match(
        xml,
        /<SourceLocation DefaultValue="https:\/\/mb\.example\.org\/taskpane\.html"/
      );
      assert.match(xml, /<Id>11111111-2222-3333-4444-555555555555<\/Id>/);
      assert.match(
        xml,
        /<Resource>api:\/\/mb\.example\.org\/11111111-2222-3333-4444-555555555555<\/Resource>/
      );
      assert.doesNotMatch(xml, /localhost:3000/);
    } finally {
      await live.close();
    }
  });

  it("never writes the Authorization header or query strings to the log", async () => {
    const secret = "eyJhbGciOiJSUzI1NiJ9.secret-token-value.sig";
    await fetch(`${app.url}/api/anything?email=marie%40hotmail.fr`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    const log = app.logLines().join("\n");
    assert.match(log, /"route":"\/api\/anything"/);
    assert.doesNotMatch(log, /secret-token-value/);
    assert.doesNotMatch(log, /marie/);
  });
});
