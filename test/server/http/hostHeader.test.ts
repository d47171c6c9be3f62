import assert from "node:assert/strict";
import type { ServiceErrorBody } from "@contracts/serviceErrors.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";
import { rawRequest } from "../../helpers/rawHttp.js";

describe("Host header allowlist: no answer for a DNS-rebinding page (HTTP)", () => {
  let app: TestApp;
  let port: string;
  before(async () => {
    app = await startTestApp({ PUBLIC_URL: "https://mailbridge.example.org" });
    port = new URL(app.url).port;
  });
  after(() => app.close());

  const get = (path: string, host: string, headers: Record<string, string> = {}) =>
    rawRequest(app.url, { path, headers: { Host: host, ...headers } });

  it("answers PUBLIC_URL's host, and localhost / 127.0.0.1 / [::1] on its own port", async () => {
    for (const host of [
      "mailbridge.example.org",
      "MailBridge.Example.org:443",
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
    ]) {
      const response = await get("/api/providers/lookup?email=marie%40hotmail.fr", host);
      assert.equal(response.status, 200, host);
    }
  });

  it("refuses any other host with 421 wrong_host, for the API and the pages alike", async () => {
    for (const host of [
      `attacker.example:${port}`,
      "attacker.example",
      "mailbridge.example.org:8443",
      "localhost",
      `localhost:${Number(port) + 1}`,
      `192.168.1.20:${port}`,
      `mailbridge.example.org@attacker.example`,
    ]) {
      for (const path of [
        "/api/providers/lookup?email=a%40b.fr",
        "/taskpane.html",
        "/manifest.xml",
      ]) {
        const response = await get(path, host);
        assert.equal(response.status, 421, `${host} ${path}`);
        assert.equal((JSON.parse(response.text) as ServiceErrorBody).error.code, "wrong_host");
      }
    }
  });

  it("behind the local reverse proxy it trusts, checks the forwarded host (X-Forwarded-Host)", async () => {
    const proxied = await get("/taskpane.html", `127.0.0.1:${port}`, {
      "X-Forwarded-Host": "attacker.example",
    });
    assert.equal(proxied.status, 421);
    const forwarded = await get("/taskpane.html", "backend:3000", {
      "X-Forwarded-Host": "mailbridge.example.org",
    });
    assert.equal(forwarded.status, 200);
  });

  it("answers health checks under any host name (load balancers probe by address)", async () => {
    assert.equal((await get("/healthz", "10.0.0.7:3000")).status, 200);
  });
});
