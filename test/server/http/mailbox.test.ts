import assert from "node:assert/strict";
import { generateKeyPair, SignJWT } from "jose";
import type { MailboxDiagnosis } from "@contracts/mailbox.js";
import type { ServiceErrorBody, UnauthorizedReason } from "@contracts/serviceErrors.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import {
  CLIENT_ID,
  MARIE,
  startLiveStack,
  startSimulators,
  type LiveStack,
} from "../../helpers/liveStack.js";
import { rawRequest } from "../../helpers/rawHttp.js";
import { startTestApp } from "../../helpers/testApp.js";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("POST /api/mailbox/diagnose (live mode: token validation, On-Behalf-Of, Graph)", function () {
  this.timeout(60000);
  let stack: LiveStack;
  before(async () => {
    stack = await startLiveStack();
  });
  after(() => stack.close());

  const diagnose = (authorization?: string, body: unknown = { locale: "en" }) =>
    fetch(`${stack.app.url}/api/mailbox/diagnose`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: JSON.stringify(body),
    });

  it("with a valid token: exchanges it On-Behalf-Of with msal-node, reads Graph, returns findings and storage", async () => {
    const token = await stack.identity.issueApiToken(MARIE);
    const response = await diagnose(`Bearer ${token}`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as MailboxDiagnosis;
    const ids = body.findings.map((finding) => finding.id);
    assert.ok(ids.includes("mailbox.reachable"));
    assert.ok(ids.includes("mailbox.storage.full"));
    assert.ok(ids.includes("mailbox.rules.forwardsOut"));
    assert.ok(body.storage.usedBytes > 14 * 1024 ** 3);
    const obo = stack.identity.tokenRequests.filter(
      (request) => request.grantType === "urn:ietf:params:oauth:grant-type:jwt-bearer"
    );
    assert.equal(obo.length, 1);
    assert.match(obo[0]!.scope, /https:\/\/graph\.microsoft\.com\/Mail\.Read/);
    assert.doesNotMatch(obo[0]!.scope, /ReadWrite/, "least privilege for the diagnosis");

    // msal-node caches the Graph token for this user assertion.
    assert.equal((await diagnose(`Bearer ${token}`)).status, 200);
    assert.equal(
      stack.identity.tokenRequests.filter((request) => request.grantType.includes("jwt-bearer"))
        .length,
      1
    );
  });

  it("never logs the token", async () => {
    const token = await stack.identity.issueApiToken(MARIE);
    await diagnose(`Bearer ${token}`);
    const log = stack.app.logLines().join("\n");
    assert.ok(log.length > 0);
    for (const part of token.split("."))
      assert.ok(!log.includes(part), "a token segment reached the log");
    assert.doesNotMatch(log, /sim-graph\./, "nor the Graph token");
  });

  it("refuses every bad token with 401 before any Graph call", async () => {
    const { privateKey: otherKey } = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const good = await stack.identity.issueApiToken(MARIE);
    const [header, payload, signature] = good.split(".");
    const tampered = `${header}.${b64({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), oid: "someone-else" })}.${signature}`;
    const cases: [string, string | undefined][] = [
      ["no Authorization header", undefined],
      ["not a bearer token", `Basic ${Buffer.from("marie:password").toString("base64")}`],
      ["garbage", "Bearer not-a-jwt"],
      [
        "alg none",
        `Bearer ${b64({ alg: "none", typ: "JWT" })}.${b64({ aud: CLIENT_ID, tid: MARIE.tid, oid: MARIE.oid, scp: "access_as_user", exp: now + 600 })}.x`,
      ],
      [
        "HS256 with a guessed secret",
        `Bearer ${await new SignJWT({
          aud: CLIENT_ID,
          tid: MARIE.tid,
          oid: MARIE.oid,
          scp: "access_as_user",
          ver: "2.0",
          iss: `https://login.microsoftonline.com/${MARIE.tid}/v2.0`,
        })
          .setProtectedHeader({ alg: "HS256", kid: stack.identity.kid })
          .setIssuedAt()
          .setNotBefore(now)
          .setExpirationTime(now + 600)
          .sign(new TextEncoder().encode("guessed-secret-guessed-secret-32b"))}`,
      ],
      [
        "wrong audience",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { aud: "00000003-0000-0000-c000-000000000000" })}`,
      ],
      [
        "issuer of another tenant",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { iss: "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0" })}`,
      ],
      [
        "issuer not Microsoft",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { iss: `https://evil.example/${MARIE.tid}/v2.0` })}`,
      ],
      [
        "expired",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 })}`,
      ],
      ["not yet valid", `Bearer ${await stack.identity.issueApiToken(MARIE, { nbf: now + 900 })}`],
      [
        "bad signature (other key, same kid)",
        `Bearer ${await stack.identity.issueApiToken(MARIE, {}, otherKey)}`,
      ],
      [
        "unknown kid",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { header: { kid: "unknown-kid" } }, otherKey)}`,
      ],
      [
        "missing scope",
        `Bearer ${await stack.identity.issueApiToken(MARIE, { scp: "User.Read" })}`,
      ],
      ["tampered payload", `Bearer ${tampered}`],
      ["v1.0 token", `Bearer ${await stack.identity.issueApiToken(MARIE, { ver: "1.0" })}`],
      ["no tenant", `Bearer ${await stack.identity.issueApiToken(MARIE, { tid: undefined })}`],
    ];
    stack.graph.resetStats();
    for (const [name, authorization] of cases) {
      const response = await diagnose(authorization);
      assert.equal(response.status, 401, name);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(error.code, "unauthorized", name);
      assert.ok(error.message.length > 10, name);
    }
    assert.equal(stack.graph.stats.requests, 0, "no bad token may cause a Graph call");
  });

  it("challenges as RFC 6750 says: no error code without a token, invalid_token for a bad one", async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string | undefined, RegExp, UnauthorizedReason][] = [
      [undefined, /^Bearer realm="MailBridge"$/, "missing_token"],
      [
        `Basic ${Buffer.from("marie:pw").toString("base64")}`,
        /^Bearer realm="MailBridge"$/,
        "missing_token",
      ],
      [
        "Bearer not-a-jwt",
        /^Bearer realm="MailBridge", error="invalid_token", error_description="[^"]+"$/,
        "invalid_token",
      ],
      [
        `Bearer ${await stack.identity.issueApiToken(MARIE, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 })}`,
        /^Bearer realm="MailBridge", error="invalid_token", error_description="The sign-in has expired: sign in again\."$/,
        "expired_token",
      ],
    ];
    for (const [authorization, challenge, reason] of cases) {
      const response = await diagnose(authorization);
      assert.equal(response.status, 401);
      assert.match(response.headers.get("www-authenticate") ?? "", challenge, authorization);
      const { error } = (await response.json()) as ServiceErrorBody;
      assert.deepEqual(error.code === "unauthorized" && error.details, { reason }, authorization);
      assert.equal(response.headers.get("cache-control"), "no-store");
    }
  });

  it("reads the Bearer scheme in any case (RFC 7235)", async () => {
    const token = await stack.identity.issueApiToken(MARIE);
    for (const scheme of ["bearer", "BEARER", "beaRer"])
      assert.equal((await diagnose(`${scheme} ${token}`)).status, 200, scheme);
  });

  it("answers a token too large for any header with the JSON error shape (431), and a long one with 401", async () => {
    const huge = await rawRequest(stack.app.url, {
      method: "POST",
      path: "/api/mailbox/diagnose",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${"a".repeat(20_000)}.b.c`,
      },
      body: "{}",
    });
    assert.equal(huge.status, 431);
    assert.equal(huge.headers["content-type"], "application/json; charset=utf-8");
    assert.equal((JSON.parse(huge.text) as ServiceErrorBody).error.code, "headers_too_large");
    const long = await diagnose(`Bearer ${"a".repeat(8_000)}.b.c`);
    assert.equal(long.status, 401);
    assert.equal(((await long.json()) as ServiceErrorBody).error.code, "unauthorized");
  });

  it("answers 401 (so the taskpane fetches a fresh token), not 502, when the token expires before Entra's exchange", async () => {
    // Expired 20 s ago: inside our 60 s clock skew, but Entra checks the assertion without one.
    const now = Math.floor(Date.now() / 1000);
    const token = await stack.identity.issueApiToken(MARIE, {
      iat: now - 3600,
      nbf: now - 3600,
      exp: now - 20,
    });
    stack.identity.tokenRequests.length = 0;
    stack.graph.resetStats();
    const response = await diagnose(`Bearer ${token}`);
    assert.equal(response.status, 401);
    assert.match(response.headers.get("www-authenticate") ?? "", /error="invalid_token"/);
    const { error } = (await response.json()) as ServiceErrorBody;
    assert.equal(error.code, "unauthorized");
    assert.deepEqual(error.code === "unauthorized" && error.details, { reason: "expired_token" });
    assert.equal(stack.identity.tokenRequests.length, 1, "Entra was asked, and said AADSTS500133");
    assert.equal(stack.graph.stats.requests, 0);
  });

  it("explains rules and settings as not available when a consumer mailbox refuses them (403)", async () => {
    stack.accounts.set(MARIE.oid, { seed: demoMailbox(new Date()), denyRulesAndSettings: true });
    try {
      const response = await diagnose(`Bearer ${await stack.identity.issueApiToken(MARIE)}`, {
        locale: "fr",
      });
      const body = (await response.json()) as MailboxDiagnosis;
      assert.equal(response.status, 200);
      const notAvailable = body.findings.find(
        (finding) => finding.id === "mailbox.rules.notAvailable"
      );
      assert.match(notAvailable?.detail ?? "", /Regrouper/);
      assert.ok(body.findings.some((finding) => finding.id === "mailbox.settings.notAvailable"));
    } finally {
      stack.accounts.set(MARIE.oid, { seed: demoMailbox(new Date()) });
    }
  });

  it("answers 403 consent_required, without touching Graph, when the user has not consented to the Graph permissions", async () => {
    const newcomer = {
      ...MARIE,
      oid: "00000000-0000-0000-0001-0000000000ff",
      upn: "new.user@outlook.com",
    };
    stack.graph.resetStats();
    const response = await diagnose(`Bearer ${await stack.identity.issueApiToken(newcomer)}`);
    assert.equal(response.status, 403);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, "consent_required");
    assert.match(error.message, /permission to read/);
    assert.deepEqual((error as { details?: unknown }).details, { purpose: "read" });
    assert.equal(stack.graph.stats.requests, 0);
  });

  it("rejects a bad body with 400 before touching the mailbox", async () => {
    const response = await diagnose(`Bearer ${await stack.identity.issueApiToken(MARIE)}`, {
      quotaGb: "lots",
    });
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /quotaGb: must be a number/
    );
    const tooSmall = await diagnose(`Bearer ${await stack.identity.issueApiToken(MARIE)}`, {
      locale: "fr",
      quotaGb: -5,
    });
    assert.match(
      ((await tooSmall.json()) as { error: { message: string } }).error.message,
      /quotaGb: must be at least 1/
    );
  });
});

describe("ALLOWED_TENANTS: a deployment for chosen tenants only", function () {
  this.timeout(60000);
  const CONTOSO = "72f988bf-86f1-41af-91ab-2d7cd011db47";

  for (const [allowed, status] of [
    [CONTOSO, 403],
    [`${CONTOSO}, consumers`, 200],
  ] as const) {
    it(`ALLOWED_TENANTS=${allowed}: personal accounts get ${status}${status === 403 ? " tenant_not_allowed, before any exchange" : ""}`, async () => {
      const simulators = await startSimulators();
      const app = await startTestApp({ ...simulators.env, ALLOWED_TENANTS: allowed });
      try {
        const response = await fetch(`${app.url}/api/mailbox/diagnose`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Authorization: `Bearer ${await simulators.identity.issueApiToken(MARIE)}`,
          },
          body: "{}",
        });
        assert.equal(response.status, status);
        if (status === 403) {
          const { error } = (await response.json()) as ServiceErrorBody;
          assert.equal(error.code, "tenant_not_allowed");
          assert.equal(simulators.identity.tokenRequests.length, 0);
          assert.equal(simulators.graph.stats.requests, 0);
        }
      } finally {
        await app.close();
        await simulators.close();
      }
    });
  }
});

describe("POST /api/mailbox/diagnose under 30 % injected faults", function () {
  this.timeout(120000);
  for (const seed of [1, 2, 3]) {
    it(`answers every check as without faults: the client retries what Graph failed (seed ${seed})`, async () => {
      const stack = await startLiveStack({
        faults: {
          rate: 0.3,
          seed,
          kinds: ["throttle", "unavailable", "malformed", "empty", "truncated", "latency"],
          retryAfterSeconds: 0,
          extraLatencyMs: 50,
        },
      });
      try {
        const token = await stack.identity.issueApiToken(MARIE);
        const response = await fetch(`${stack.app.url}/api/mailbox/diagnose`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: "{}",
        });
        assert.equal(response.status, 200, await response.clone().text());
        const { findings, storage } = (await response.json()) as MailboxDiagnosis;
        const ids = findings.map((finding) => finding.id);
        // Each check gives its own answer: not "could not check", not "unreachable", no folder missing.
        for (const [part, answer] of [
          ["reachable", "mailbox.reachable"],
          ["storage", "mailbox.storage.full"],
          ["delivery", "mailbox.delivery.recent"],
          ["rules", "mailbox.rules.forwardsOut"],
          ["settings", "mailbox.settings.autoReplyOn"],
        ])
          assert.ok(ids.includes(answer!), `${part}: ${ids.join(", ")}`);
        assert.deepEqual(
          ids.filter(
            (id) =>
              id.startsWith("mailbox.couldNotCheck") ||
              id.startsWith("mailbox.unreachable") ||
              id === "mailbox.storage.incomplete"
          ),
          []
        );
        assert.equal(storage.unknownSizes, 0);
        assert.ok(stack.graph.stats.faults > 0);
      } finally {
        await stack.close();
      }
    });
  }
});

describe("POST /api/mailbox/diagnose in demo mode", () => {
  it("serves the demo mailbox without sign-in", async () => {
    const app = await startTestApp();
    try {
      const response = await fetch(`${app.url}/api/mailbox/diagnose`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ locale: "fr" }),
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as MailboxDiagnosis;
      assert.match(body.findings[0]!.title, /presque pleine\u00a0: 14,2 Go sur 15,0 Go/);
    } finally {
      await app.close();
    }
  });
});
