import assert from "node:assert/strict";
import { brotliCompressSync, gzipSync } from "node:zlib";
import {
  SERVICE_ERRORS,
  isServiceErrorCode,
  type ServiceErrorBody,
  type ValidationProblem,
} from "@contracts/serviceErrors.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";
import { abortedUpload, rawRequest } from "../../helpers/rawHttp.js";
import * as snapshots from "../../fixtures/snapshots.js";

const rule = {
  name: "Gmail",
  conditions: { sentToAddresses: ["marie@gmail.com"] },
  actions: { moveToFolder: ["Inbox", "Gmail"] },
};

/** Log lines above info, or carrying a stack trace. */
const loudLines = (app: TestApp) =>
  app.logLines().filter((line) => {
    const entry = JSON.parse(line) as { level: number };
    return entry.level > 30 || /"stack"/.test(line);
  });

describe("service errors: one catalog (contracts/serviceErrors)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const errorOf = async (response: Response) => ((await response.json()) as ServiceErrorBody).error;

  it("answers every failure with a catalog code, the catalog's status, an English message and no stack", async () => {
    const failures: [string, Promise<Response>][] = [
      ["not_found", fetch(`${app.url}/api/nope`)],
      ["invalid_json", post("/diagnose", "{oops")],
      ["invalid_request", post("/diagnose", {})],
      ["invalid_email", post("/diagnose", { snapshot: snapshots.standalone, email: "marie" })],
      ["invalid_email", fetch(`${app.url}/api/providers/lookup?email=nope`)],
      ["unknown_provider", fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=a%40example.org`)],
      ["demo_mode", fetch(`${app.url}/api/auth/config`)],
      [
        "cross_origin",
        fetch(`${app.url}/api/diagnose`, { headers: { Origin: "https://evil.example" } }),
      ],
      [
        "unsupported_charset",
        post("/diagnose", "{}", { "Content-Type": "application/json; charset=latin-9" }),
      ],
      ["unsupported_content_type", post("/diagnose", "{}", { "Content-Type": "text/plain" })],
      [
        "unsupported_content_type",
        post("/rules/compile", JSON.stringify({ rules: [rule] }), {
          "Content-Type": "application/x-www-form-urlencoded",
        }),
      ],
    ];
    for (const [code, pending] of failures) {
      const response = await pending;
      const text = await response.text();
      const { error } = JSON.parse(text) as ServiceErrorBody;
      assert.equal(error.code, code, text);
      assert.ok(isServiceErrorCode(error.code));
      assert.equal(response.status, SERVICE_ERRORS[error.code].status, code);
      assert.ok(error.message.length > 10, code);
      assert.doesNotMatch(text, /at .*\.(js|ts):\d+/, code);
    }
  });

  it("refuses a body not sent as JSON as such, whatever its charset, but takes an empty one", async () => {
    for (const [path, contentType] of [
      ["/diagnose", "application/vnd.api+json"],
      ["/rules/compile", "text/plain; charset=latin1"],
      ["/rules/compile", "multipart/form-data; boundary=x"],
    ] as const) {
      const response = await post(path, JSON.stringify({ rules: [rule] }), {
        "Content-Type": contentType,
      });
      assert.equal(response.status, 415, `${path} ${contentType}`);
      assert.equal((await errorOf(response)).code, "unsupported_content_type");
    }
    // fetch's POST without a body: Content-Length 0, no Content-Type; this endpoint needs no body.
    const empty = await fetch(`${app.url}/api/mailbox/diagnose`, { method: "POST" });
    assert.equal(empty.status, 200, await empty.clone().text());
  });

  it("lists validation problems as data: field path, kind of problem and bound", async () => {
    const response = await post("/rules/compile", {
      rules: [{ ...rule, name: "x".repeat(201), enabled: "yes", colour: "red" }],
      locale: "de",
    });
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, "invalid_request");
    assert.ok(error.code === "invalid_request");
    const byPath = (path: (string | number)[]) =>
      error.details.problems.find(
        (problem) => JSON.stringify(problem.path) === JSON.stringify(path)
      );
    assert.equal(error.details.in, "body");
    assert.deepEqual(byPath(["rules", 0, "name"]), {
      path: ["rules", 0, "name"],
      message: "must be at most 200 characters",
      problem: "too_big",
      maximum: 200,
      of: "string",
    } satisfies ValidationProblem);
    assert.deepEqual(byPath(["rules", 0, "enabled"]), {
      path: ["rules", 0, "enabled"],
      message: "must be a boolean",
      problem: "wrong_type",
      expected: "boolean",
    } satisfies ValidationProblem);
    assert.deepEqual(byPath(["rules", 0]), {
      path: ["rules", 0],
      message: 'Unrecognized key: "colour"',
      problem: "unknown_fields",
      fields: ["colour"],
    } satisfies ValidationProblem);
    assert.deepEqual(byPath(["locale"]), {
      path: ["locale"],
      message: 'must be "en" or "fr"',
      problem: "not_allowed",
      allowed: ["en", "fr"],
    } satisfies ValidationProblem);
    // The English message says the same for logs and API users.
    assert.match(error.message, /rules\.0\.name: must be at most 200 characters/);

    const missing = await errorOf(await post("/rules/compile", { rules: [] }));
    assert.ok(missing.code === "invalid_request");
    assert.deepEqual(missing.details.problems, [
      {
        path: ["rules"],
        message: "add at least one rule",
        problem: "too_small",
        minimum: 1,
        of: "array",
      },
    ]);
    const required = await errorOf(await post("/rules/apply", { rules: [rule] }));
    assert.ok(required.code === "invalid_request");
    assert.deepEqual(required.details.problems[0], {
      path: ["dryRun"],
      message: "say dryRun: true to preview, false to apply",
      problem: "required",
    });
    const query = await errorOf(await fetch(`${app.url}/api/providers/lookup`));
    assert.ok(query.code === "invalid_request");
    assert.equal(query.details.in, "query");
    assert.deepEqual(query.details.problems[0]!.path, ["email"]);
  });

  it("refuses NUL and lone surrogates in any text field with invalid_text, never a 5xx", async () => {
    const cases: [string, unknown, (string | number)[]][] = [
      [
        "/diagnose",
        { snapshot: { ...snapshots.standalone, displayName: "Marie\u0000" } },
        ["snapshot", "displayName"],
      ],
      ["/diagnose", { snapshot: snapshots.standalone, email: "marie\ud800@hotmail.fr" }, ["email"]],
      ["/rules/compile", { rules: [rule], accounts: ["me\u0000@x.fr"] }, ["accounts", 0]],
      ["/rules/compile", { rules: [{ ...rule, name: "Gm\ud800ail" }] }, ["rules", 0, "name"]],
      ["/migrate/folders", { paths: [["Archive", "20\u000019"]] }, ["paths", 0, 1]],
      ["/migrate/folders", { paths: [["\udc00"]] }, ["paths", 0, 0]],
      ["/migrate/progress", { folderIds: ["AAMk\ud800"] }, ["folderIds", 0]],
      [
        "/rules/apply",
        { rules: [{ ...rule, name: "a\u0000" }], dryRun: true },
        ["rules", 0, "name"],
      ],
    ];
    for (const [path, body, field] of cases) {
      const response = await post(path, body);
      const error = await errorOf(response);
      assert.equal(response.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.ok(error.code === "invalid_request");
      assert.deepEqual(
        error.details.problems.map((problem) => [problem.path, problem.problem]),
        [[field, "invalid_text"]],
        path
      );
      assert.match(error.message, /contains control characters or broken Unicode/);
    }
    const query = await fetch(`${app.url}/api/providers/lookup?email=marie%00%40hotmail.fr`);
    assert.equal(query.status, 400);
    const autoconfig = await fetch(
      `${app.url}/mail/config-v1.1.xml?emailaddress=marie%00%40hotmail.fr`
    );
    assert.equal(autoconfig.status, 400);
  });

  it("refuses a JSON body that is not UTF-8 rather than change what it says, on either body reader", async () => {
    const named = (name: Buffer) =>
      Buffer.concat([
        Buffer.from('{"rules":[{"name":"'),
        name,
        Buffer.from('","conditions":{"subjectContains":["x"]},"actions":{"markAsRead":true}}]}'),
      ]);
    const send = (path: string, body: Buffer, contentType = "application/json") =>
      rawRequest(app.url, { method: "POST", path, headers: { "Content-Type": contentType }, body });
    // "Fé" in Latin-1, a lone continuation byte, a truncated sequence.
    for (const bytes of [[0x46, 0xe9], [0x80], [0xe2, 0x82]]) {
      for (const path of ["/api/rules/compile", "/api/rules/apply"]) {
        const response = await send(path, named(Buffer.from(bytes)));
        assert.equal(response.status, 400, `${path} ${bytes.join(",")}`);
        assert.equal(JSON.parse(response.text).error.code, "invalid_json", path);
      }
    }
    const accented = await send("/api/rules/compile", named(Buffer.from("Fé €")));
    assert.equal(accented.status, 200);
    assert.match(accented.text, /"name":"Fé €"|Fé €/);
    const utf16 = await send(
      "/api/diagnose",
      Buffer.from(JSON.stringify({ snapshot: snapshots.standalone }), "utf16le"),
      "application/json; charset=utf-16le"
    );
    assert.equal(utf16.status, 200, utf16.text);
  });

  it("keeps the body parser's refusals as 4xx, logged at info without a stack", async () => {
    const lines = () => loudLines(app);
    const before = lines().length;
    const json = { "Content-Type": "application/json" };
    for (const encoding of ["gzip", "br", "deflate"]) {
      const response = await rawRequest(app.url, {
        method: "POST",
        path: "/api/diagnose",
        headers: { ...json, "Content-Encoding": encoding },
        body: JSON.stringify({ snapshot: snapshots.standalone }),
      });
      assert.equal(response.status, 400, encoding);
      assert.equal(JSON.parse(response.text).error.code, "invalid_compressed_body", encoding);
    }
    const unknown = await rawRequest(app.url, {
      method: "POST",
      path: "/api/diagnose",
      headers: { ...json, "Content-Encoding": "compress" },
      body: "{}",
    });
    assert.equal(unknown.status, 415);
    assert.equal(JSON.parse(unknown.text).error.code, "unsupported_encoding");
    // Honestly compressed bodies are read.
    for (const [encoding, compress] of [
      ["gzip", gzipSync],
      ["br", brotliCompressSync],
    ] as const) {
      const response = await rawRequest(app.url, {
        method: "POST",
        path: "/api/diagnose",
        headers: { ...json, "Content-Encoding": encoding },
        body: compress(JSON.stringify({ snapshot: snapshots.standalone })),
      });
      assert.equal(response.status, 200, encoding);
    }
    await abortedUpload(app.url, "/api/diagnose");
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(lines().slice(before), []);
    const logged = app
      .logLines()
      .map((line) => JSON.parse(line) as { code?: string; level: number; status?: number });
    assert.ok(
      logged.some((entry) => entry.code === "invalid_compressed_body" && entry.level === 30),
      "the request line names the code"
    );
  });
});
