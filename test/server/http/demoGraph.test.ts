// How the taskpane's .pst importer reaches Graph: in demo mode the visitor's demo mailbox in the
// simulator behind /demo-graph (the page's bearer is its visitor id, swapped by the service for the
// mailbox's token; URLs rewritten to come back through it); in live mode no such route, and the CSP
// lets the page call Graph and Outlook's upload host itself.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { startTestApp } from "../../helpers/testApp.js";

const visitor = randomUUID();
const AS_VISITOR = { Authorization: `Bearer ${visitor}` };

const LIVE = {
  AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
  AZURE_CLIENT_SECRET: "x",
  PUBLIC_URL: "https://mailbridge.example.org",
};

describe("Graph for the .pst importer (/demo-graph in demo mode, the CSP in live mode)", function () {
  this.timeout(30000);

  it("demo: the page's visitor id opens its demo mailbox's Graph, whose token the page never holds", async () => {
    const app = await startTestApp();
    try {
      const me = await fetch(`${app.url}/demo-graph/v1.0/me`, { headers: AS_VISITOR });
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { mail: string }).mail, "marie.dupont@hotmail.fr");
      for (const authorization of [undefined, "Bearer not-a-visitor-id", `Basic ${visitor}`]) {
        const refused = await fetch(`${app.url}/demo-graph/v1.0/me`, {
          headers: authorization ? { Authorization: authorization } : {},
        });
        assert.equal(refused.status, 401, String(authorization));
        assert.equal(
          ((await refused.json()) as { error: { code: string } }).error.code,
          "InvalidAuthenticationToken"
        );
      }
      const other = await fetch(`${app.url}/demo-graph/admin`, { headers: AS_VISITOR });
      assert.equal(other.status, 404);
      // Found by the fuzzer: an upload URL that is not valid UTF-8 once decoded left the request
      // hanging; it is a 400 in Graph's shape.
      const badUpload = await fetch(`${app.url}/demo-graph/upload/a%ED%A0%80b?authtoken=x`, {
        signal: AbortSignal.timeout(5000),
      });
      assert.equal(badUpload.status, 400);
      const foreign = await fetch(`${app.url}/demo-graph/v1.0/me/mailFolders`, {
        method: "POST",
        headers: {
          ...AS_VISITOR,
          Origin: "https://evil.example",
          "Content-Type": "application/json",
        },
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

  it("demo: each visitor's import lands in their own mailbox, the one their diagnosis reads", async () => {
    const app = await startTestApp();
    try {
      const folderNamed = async (who: string, name: string) => {
        const answer = await fetch(`${app.url}/demo-graph/v1.0/me/mailFolders?$top=100`, {
          headers: { Authorization: `Bearer ${who}` },
        });
        const { value } = (await answer.json()) as { value: { displayName: string }[] };
        return value.some((folder) => folder.displayName === name);
      };
      const created = await fetch(`${app.url}/demo-graph/v1.0/me/mailFolders`, {
        method: "POST",
        headers: { ...AS_VISITOR, "Content-Type": "application/json" },
        body: JSON.stringify({ displayName: "Importé de Outlook" }),
      });
      assert.equal(created.status, 201);
      assert.ok(await folderNamed(visitor, "Importé de Outlook"));
      assert.ok(!(await folderNamed(randomUUID(), "Importé de Outlook")), "not another visitor's");
      const resolved = async (who: string) => {
        const answer = await fetch(`${app.url}/api/migrate/folders`, {
          method: "POST",
          headers: { "X-MailBridge-Visitor": who, "Content-Type": "application/json" },
          body: JSON.stringify({ paths: [["Importé de Outlook"]] }),
        });
        assert.equal(answer.status, 200);
        return ((await answer.json()) as { folders: { id: string | null }[] }).folders[0]!.id;
      };
      assert.ok(await resolved(visitor), "the API sees the visitor's imported folder");
      assert.equal(await resolved(randomUUID()), null, "another visitor does not");
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
        headers: { ...AS_VISITOR, "Content-Type": "application/json" },
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

  it("demo: Graph's refusals relayed to an import do not count as the visitor's, which is never slowed", async () => {
    const app = await startTestApp({ RATE_LIMIT_REFUSALS: "3" });
    try {
      const missing = () =>
        fetch(`${app.url}/demo-graph/v1.0/me/mailFolders/no-such-folder`, { headers: AS_VISITOR });
      // 25 at once: counted, they would make the last ones wait 2 s.
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: 25 }, missing));
      assert.ok(answers.every((answer) => answer.status === 404));
      assert.ok(performance.now() - started < 1000, "none waited");
      const lookup = await fetch(`${app.url}/api/providers/lookup?email=marie%40hotmail.fr`);
      assert.equal(lookup.status, 200);
      assert.ok(performance.now() - started < 1000, "the visitor's next request did not wait");
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
