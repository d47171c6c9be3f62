// How the taskpane's .pst importer reaches Graph: in demo mode the demo mailbox's simulator behind
// /demo-graph (token added by the service, URLs rewritten to come back through it); in live mode no
// such route, and the CSP lets the page call Graph and Outlook's upload host itself.
import assert from "node:assert/strict";
import { startTestApp } from "../../helpers/testApp.js";

const LIVE = {
  AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
  AZURE_CLIENT_SECRET: "x",
  PUBLIC_URL: "https://mailbridge.example.org",
};

describe("Graph for the .pst importer (/demo-graph in demo mode, the CSP in live mode)", function () {
  this.timeout(30000);

  it("demo: serves the demo mailbox's Graph with the demo token, which the page never holds", async () => {
    const app = await startTestApp();
    try {
      const me = await fetch(`${app.url}/demo-graph/v1.0/me`);
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { mail: string }).mail, "marie.dupont@hotmail.fr");
      const other = await fetch(`${app.url}/demo-graph/admin`);
      assert.equal(other.status, 404);
      const foreign = await fetch(`${app.url}/demo-graph/v1.0/me/mailFolders`, {
        method: "POST",
        headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
        body: JSON.stringify({ displayName: "x" }),
      });
      assert.equal(foreign.status, 403);
      assert.ok(
        app.logLines().every((line) => !line.includes("demo.")),
        "the demo token is never logged"
      );
    } finally {
      await app.close();
    }
  });

  it("demo: an upload session's URL and the attachment's Location come back through /demo-graph", async () => {
    const app = await startTestApp();
    try {
      const graph = `${app.url}/demo-graph/v1.0`;
      const json = (body: unknown) => ({
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const message = (await (
        await fetch(`${graph}/me/mailFolders/inbox/messages`, json({ subject: "big" }))
      ).json()) as {
        id: string;
      };
      const size = 3_100_000;
      const session = (await (
        await fetch(
          `${graph}/me/messages/${message.id}/attachments/createUploadSession`,
          json({ AttachmentItem: { attachmentType: "file", name: "big.bin", size } })
        )
      ).json()) as { uploadUrl: string };
      assert.ok(session.uploadUrl.startsWith(`${app.url}/demo-graph/upload/`), session.uploadUrl);
      const put = await fetch(session.uploadUrl, {
        method: "PUT",
        headers: {
          "Content-Type": "application/octet-stream",
          "Content-Range": `bytes 0-${size - 1}/${size}`,
        },
        body: new Uint8Array(size),
      });
      assert.equal(put.status, 201);
      assert.match(put.headers.get("location") ?? "", new RegExp(`^${app.url}/demo-graph/`));
    } finally {
      await app.close();
    }
  });

  it("live: no /demo-graph, and the CSP lets the page reach Graph and Outlook's upload host", async () => {
    const app = await startTestApp(LIVE);
    try {
      assert.equal((await fetch(`${app.url}/demo-graph/v1.0/me`)).status, 404);
      const csp = (await fetch(`${app.url}/healthz`)).headers.get("content-security-policy") ?? "";
      assert.match(
        csp,
        /connect-src 'self' https:\/\/login\.microsoftonline\.com https:\/\/graph\.microsoft\.com https:\/\/outlook\.office\.com;/
      );
      const config = (await (await fetch(`${app.url}/api/auth/config`)).json()) as {
        importScopes: string[];
        graphBaseUrl: string;
      };
      assert.deepEqual(config.importScopes, ["https://graph.microsoft.com/Mail.ReadWrite"]);
      assert.equal(config.graphBaseUrl, "https://graph.microsoft.com/v1.0");
    } finally {
      await app.close();
    }
    const simulated = await startTestApp({ ...LIVE, GRAPH_BASE_URL: "http://127.0.0.1:4555/v1.0" });
    try {
      const csp =
        (await fetch(`${simulated.url}/healthz`)).headers.get("content-security-policy") ?? "";
      assert.match(
        csp,
        /connect-src 'self' https:\/\/login\.microsoftonline\.com http:\/\/127\.0\.0\.1:4555;/
      );
    } finally {
      await simulated.close();
    }
  });
});
