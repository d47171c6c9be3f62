import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import fc from "fast-check";
import { rawRequest } from "../../helpers/rawHttp.js";
import type { CompileResponse } from "@contracts/rules.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

describe("POST /api/rules/compile (HTTP)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const post = (body: unknown) =>
    fetch(`${app.url}/api/rules/compile`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const example = {
    name: "Gmail → Comptes/Gmail",
    enabled: true,
    conditions: {
      fromAddresses: ["a@example.com"],
      sentToAddresses: ["me@gmail.com"],
      subjectContains: ["facture"],
      headerContains: ["X-Forwarded-For: me@gmail.com"],
      hasAttachments: true,
      receivedThroughAccount: "me@gmail.com",
    },
    exceptions: { subjectContains: ["newsletter"] },
    actions: {
      moveToFolder: ["Inbox", "Gmail"],
      copyToFolder: ["Archives", "2024"],
      markAsRead: true,
      assignCategories: ["Gmail"],
      forwardTo: ["other@example.org"],
      stopProcessingRules: true,
    },
  };

  it("compiles the issue's example to six artifacts, in French, and names what each target loses", async () => {
    const response = await post({ rules: [example], locale: "fr" });
    assert.equal(response.status, 200);
    const body = (await response.json()) as CompileResponse;
    assert.deepEqual(
      body.artifacts.map((artifact) => artifact.target),
      ["graph", "exchange-powershell", "outlook-classic", "thunderbird", "sieve", "gmail"]
    );
    assert.deepEqual(
      body.artifacts.map((artifact) => artifact.filename),
      [
        "graph-message-rules.json",
        "mailbridge-rules.ps1",
        "outlook-rules-steps.txt",
        "msgFilterRules.dat",
        "mailbridge.sieve",
        "mailFilters.xml",
      ]
    );
    assert.match(body.artifacts[2]!.content, /via le compte spécifié : « me@gmail\.com »/);
    const sieve = body.warnings.find(
      (warning) => warning.target === "sieve" && warning.kind === "left-out"
    );
    assert.ok(sieve, "the Sieve artifact leaves the rule out");
    assert.match(sieve!.message, /via le compte spécifié/);
    assert.ok(
      body.warnings.some(
        (warning) => warning.target === "gmail" && warning.field === "conditions.headerContains"
      )
    );
    assert.ok(
      body.warnings.some(
        (warning) => /other@example\.org/.test(warning.message) && warning.kind === "note"
      ),
      "forwarding outside the user's accounts is flagged"
    );
  });

  it("sends the answer compressed as the client accepts it, brotli when it takes both", async () => {
    const body = JSON.stringify({ rules: [example], locale: "en" });
    const send = (headers: Record<string, string>, sent = body) =>
      rawRequest(app.url, {
        method: "POST",
        path: "/api/rules/compile",
        headers: { "Content-Type": "application/json", ...headers },
        body: sent,
      });
    const plain = await send({});
    assert.equal(plain.status, 200);
    assert.equal(plain.headers["content-encoding"], undefined, "no Accept-Encoding: as it is");
    const json = plain.text;
    assert.equal(plain.headers["content-length"], String(Buffer.byteLength(json)));
    assert.equal((JSON.parse(json) as CompileResponse).artifacts.length, 6);
    assert.equal((await send({ "Accept-Encoding": "identity" })).text, json);
    const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [acceptEncoding, expected] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip, deflate", "gzip"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["*", "br"],
    ] as const) {
      const response = await send({ "Accept-Encoding": acceptEncoding });
      assert.equal(response.headers["content-encoding"], expected, acceptEncoding);
      assert.match(String(response.headers.vary), /Accept-Encoding/);
      assert.equal(response.headers["content-length"], String(response.body.byteLength));
      assert.ok(response.body.byteLength < Buffer.byteLength(json) / 2, `${expected} is smaller`);
      assert.equal(decoders[expected](response.body).toString("utf8"), json);
    }
    const refused = await send({ "Accept-Encoding": "br" }, "{nope");
    assert.equal(refused.status, 400);
    assert.equal(refused.headers["content-encoding"], undefined, "errors are sent as they are");
    assert.equal(
      (JSON.parse(refused.text) as { error: { code: string } }).error.code,
      "invalid_json"
    );
  });

  it("honours a subset of targets", async () => {
    const body = (await (
      await post({ rules: [example], targets: ["sieve", "gmail"] })
    ).json()) as CompileResponse;
    assert.deepEqual(
      body.artifacts.map((artifact) => artifact.target),
      ["sieve", "gmail"]
    );
  });

  it("answers bad input with 400 naming the field", async () => {
    const cases: [unknown, RegExp][] = [
      [{ rules: [] }, /rules: add at least one rule/],
      [{ rules: [{ ...example, actions: { delete: true } }] }, /rules\.0\.actions/],
      [
        { rules: [{ ...example, conditions: { fromAddresses: ["not an address"] } }] },
        /rules\.0\.conditions\.fromAddresses\.0: is not an email address/,
      ],
      [{ rules: [{ ...example, name: "" }] }, /rules\.0\.name: must not be empty/],
      [
        { rules: [{ ...example, name: "bad\u0001name" }] },
        /rules\.0\.name: contains control characters/,
      ],
      [{ rules: [example], targets: ["outlook-mac"] }, /targets\.0/],
      [
        { rules: [{ ...example, actions: { stopProcessingRules: true } }] },
        /needs at least one action/,
      ],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(
        ((await response.json()) as { error: { message: string } }).error.message,
        message
      );
    }
  });

  it("never answers 5xx, whatever JSON it is sent", async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ rules: fc.array(fc.jsonValue(), { maxLength: 3 }) })),
        async (body) => {
          const response = await post(body);
          await response.arrayBuffer();
          return response.status === 200 || response.status === 400;
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("POST /api/rules/apply (HTTP, demo mailbox)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());
  // The demo mailbox of one visitor, as the taskpane names it.
  const visitor = randomUUID();
  const post = (body: unknown) =>
    fetch(`${app.url}/api/rules/apply`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-MailBridge-Visitor": visitor },
      body: JSON.stringify(body),
    });
  const rules = [
    {
      name: "Gmail",
      conditions: { sentToAddresses: ["marie@gmail.com"] },
      actions: { moveToFolder: ["Inbox", "Gmail"] },
    },
  ];

  it("previews, applies, then reports the rule as already there", async () => {
    const preview = (await (await post({ rules, dryRun: true })).json()) as {
      rules: { status: string }[];
    };
    assert.equal(preview.rules[0]!.status, "create");
    assert.equal(
      ((await (await post({ rules, dryRun: false })).json()) as { rules: { status: string }[] })
        .rules[0]!.status,
      "created"
    );
    assert.equal(
      ((await (await post({ rules, dryRun: true })).json()) as { rules: { status: string }[] })
        .rules[0]!.status,
      "exists"
    );
  });

  // Needs the well-known-name lookup in server/graph/folderResolver.ts to ignore Object.prototype
  // (being fixed separately): until then these names reach Graph as "function Object()…" → 5xx.
  it("plans folders named like constructor, __proto__ or toString as new folders, never a 5xx", async () => {
    for (const name of ["constructor", "__proto__", "toString", "Constructor"]) {
      const response = await post({
        rules: [{ name: `To ${name}`, actions: { moveToFolder: [name, "sub"] } }],
        dryRun: true,
      });
      const text = await response.text();
      assert.equal(response.status, 200, `${name}: ${text}`);
      const plan = JSON.parse(text) as { folders: { path: string[]; status: string }[] };
      assert.deepEqual(
        plan.folders.map((folder) => [folder.path, folder.status]),
        [
          [[name], "create"],
          [[name, "sub"], "create"],
        ],
        name
      );
    }
  });

  it("requires an explicit dryRun choice", async () => {
    const response = await post({ rules });
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /dryRun/
    );
  });
});
