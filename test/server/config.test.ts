import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../server/config.js";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail("expected a ConfigError");
}

describe("configuration (server/config)", () => {
  it("defaults to demo mode on https://localhost:3000 when nothing is set", () => {
    const config = loadConfig({});
    assert.equal(config.mode, "demo");
    assert.equal(config.port, 3000);
    assert.equal(config.https, true);
    assert.equal(config.publicUrl, "https://localhost:3000");
    assert.equal(config.azure, null);
  });

  it("is live when an Azure app id and secret are configured", () => {
    const config = loadConfig({
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: "s3cret",
      PUBLIC_URL: "https://mb.example.org/",
    });
    assert.equal(config.mode, "live");
    assert.deepEqual(config.azure, { clientId: CLIENT_ID, clientSecret: "s3cret" });
    assert.equal(config.publicUrl, "https://mb.example.org");
  });

  it("serves plain HTTP when HTTPS=false, and accepts PORT=0 (any free port)", () => {
    const config = loadConfig({ HTTPS: "false", PORT: "0" });
    assert.equal(config.https, false);
    assert.equal(config.port, 0);
  });

  it("explains every bad variable at once, one sentence each", () => {
    const problems = problemsOf({
      PORT: "eighty",
      HTTPS: "maybe",
      AZURE_CLIENT_ID: "not-a-guid",
      LOG_LEVEL: "loud",
      PUBLIC_URL: "http://x",
    });
    assert.equal(problems.length, 5, problems.join("\n"));
    assert.match(
      problems.join("\n"),
      /PORT must be a whole number from 0 to 65535 \(got "eighty"\)/
    );
    assert.match(problems.join("\n"), /HTTPS must be true or false \(got "maybe"\)/);
    assert.match(problems.join("\n"), /AZURE_CLIENT_ID must be the application \(client\) ID GUID/);
    assert.match(problems.join("\n"), /LOG_LEVEL must be one of/);
    assert.match(problems.join("\n"), /PUBLIC_URL must be an https:\/\/ address/);
  });

  it("requires the client secret when the client id is set", () => {
    assert.match(
      problemsOf({ AZURE_CLIENT_ID: CLIENT_ID }).join(),
      /AZURE_CLIENT_SECRET is required/
    );
  });

  it("reads ALLOWED_TENANTS as tenant ids, `consumers` standing for personal accounts; unset means all", () => {
    assert.equal(loadConfig({}).allowedTenants, null);
    assert.deepEqual(
      loadConfig({ ALLOWED_TENANTS: " 72F988BF-86F1-41AF-91AB-2D7CD011DB47 , consumers" })
        .allowedTenants,
      ["72f988bf-86f1-41af-91ab-2d7cd011db47", "9188040d-6c67-4c5b-b112-36a304b66dad"]
    );
    assert.match(
      problemsOf({ ALLOWED_TENANTS: "contoso.com" }).join(),
      /ALLOWED_TENANTS must list tenant IDs \(GUIDs\) and\/or the word consumers/
    );
  });

  it("reads rate limits, defaulting to 600 anonymous, 120 mailbox requests and 30 refusals a minute", () => {
    assert.deepEqual(loadConfig({}).rateLimits, {
      windowSeconds: 60,
      anonymousPerWindow: 600,
      mailboxPerWindow: 120,
      refusalsBeforeSlowDown: 30,
    });
    assert.deepEqual(
      loadConfig({
        RATE_LIMIT_WINDOW_SECONDS: "10",
        RATE_LIMIT_ANONYMOUS: "50",
        RATE_LIMIT_MAILBOX: "5",
        RATE_LIMIT_REFUSALS: "7",
      }).rateLimits,
      { windowSeconds: 10, anonymousPerWindow: 50, mailboxPerWindow: 5, refusalsBeforeSlowDown: 7 }
    );
    const problems = problemsOf({
      RATE_LIMIT_ANONYMOUS: "0",
      RATE_LIMIT_MAILBOX: "lots",
      RATE_LIMIT_REFUSALS: "-1",
    });
    assert.deepEqual(problems, [
      'RATE_LIMIT_ANONYMOUS must be a whole number of requests, at least 1 (got "0")',
      'RATE_LIMIT_MAILBOX must be a whole number of requests, at least 1 (got "lots")',
      'RATE_LIMIT_REFUSALS must be a whole number of refused requests, at least 1 (got "-1")',
    ]);
  });

  it("reads LOG_FORMAT: json or pretty, unset to let a terminal decide", () => {
    assert.equal(loadConfig({}).logFormat, null);
    assert.equal(loadConfig({ LOG_FORMAT: "" }).logFormat, null);
    assert.equal(loadConfig({ LOG_FORMAT: "pretty" }).logFormat, "pretty");
    assert.equal(loadConfig({ LOG_FORMAT: "json" }).logFormat, "json");
    assert.match(problemsOf({ LOG_FORMAT: "colour" }).join(), /LOG_FORMAT must be json/);
  });

  it("rejects out-of-range ports", () => {
    assert.match(problemsOf({ PORT: "70000" }).join(), /PORT must be a whole number/);
    assert.match(problemsOf({ PORT: "3.5" }).join(), /PORT must be a whole number/);
  });

  it("connectivity: system resolvers and Microsoft's servers unless told otherwise", () => {
    assert.deepEqual(loadConfig({}).connectivity, {
      dnsServers: null,
      dnsTimeoutMs: 2500,
      autodiscoverBaseUrl: "https://autodiscover-s.outlook.com",
      imap: { host: "outlook.office365.com", port: 993, caFile: null },
    });
    const config = loadConfig({
      DNS_SERVERS: "127.0.0.1:5353, ::1, [2001:db8::1]:53",
      DNS_TIMEOUT_MS: "300",
      AUTODISCOVER_BASE_URL: "http://127.0.0.1:8080/",
      IMAP_HOST: "localhost",
      IMAP_PORT: "10993",
    }).connectivity;
    assert.deepEqual(config.dnsServers, ["127.0.0.1:5353", "::1", "[2001:db8::1]:53"]);
    assert.equal(config.autodiscoverBaseUrl, "http://127.0.0.1:8080");
    assert.deepEqual(config.imap, { host: "localhost", port: 10993, caFile: null });
  });

  it("connectivity: explains bad DNS servers, timeouts, IMAP hosts and ports, and a plain-http Autodiscover", () => {
    const problems = problemsOf({
      DNS_SERVERS: "8.8.8.8,dns.example,1.2.3.4:99999",
      DNS_TIMEOUT_MS: "5",
      IMAP_HOST: "imap server",
      IMAP_PORT: "0",
      AUTODISCOVER_BASE_URL: "http://autodiscover.example.org",
    }).join("\n");
    assert.match(
      problems,
      /DNS_SERVERS must be IP addresses .*not valid: dns\.example, 1\.2\.3\.4:99999/
    );
    assert.match(problems, /DNS_TIMEOUT_MS must be a whole number from 50 to 30000 \(got "5"\)/);
    assert.match(problems, /IMAP_HOST must be a host name/);
    assert.match(problems, /IMAP_PORT must be a whole number from 1 to 65535/);
    assert.match(problems, /AUTODISCOVER_BASE_URL must be an https:\/\/ URL/);
  });

  it("shares state through Redis when REDIS_URL is set, never repeating its password", () => {
    assert.equal(loadConfig({}).redis, null);
    const key = Buffer.alloc(32, 7);
    const config = loadConfig({
      REDIS_URL: "rediss://:s3cret@mailbridge.redis.cache.windows.net:6380",
      TOKEN_CACHE_KEY: key.toString("base64"),
    });
    assert.equal(config.redis?.url, "rediss://:s3cret@mailbridge.redis.cache.windows.net:6380");
    assert.deepEqual(config.redis?.tokenCacheKey, key);
    assert.deepEqual(
      loadConfig({ REDIS_URL: "redis://127.0.0.1:6379", TOKEN_CACHE_KEY: key.toString("hex") })
        .redis?.tokenCacheKey,
      key
    );
    const problems = problemsOf({ REDIS_URL: "http://:s3cret@cache:6379" });
    assert.match(problems.join(), /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    assert.doesNotMatch(problems.join(), /s3cret/);
  });

  it("requires a 32-byte TOKEN_CACHE_KEY for Graph tokens in Redis (live mode only)", () => {
    const live = {
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: "s",
      REDIS_URL: "redis://r:6379",
    };
    assert.match(problemsOf(live).join(), /TOKEN_CACHE_KEY is required when REDIS_URL is set/);
    assert.equal(loadConfig({ REDIS_URL: "redis://r:6379" }).redis?.tokenCacheKey, null);
    for (const bad of ["short", Buffer.alloc(16).toString("base64"), "z".repeat(64)])
      assert.match(
        problemsOf({ ...live, TOKEN_CACHE_KEY: bad }).join(),
        /TOKEN_CACHE_KEY must be 32 random bytes in base64 or hex/
      );
  });

  it("reads METRICS_PORT (off when unset) and SHUTDOWN_GRACE_SECONDS (20 by default)", () => {
    assert.equal(loadConfig({}).metricsPort, null);
    assert.equal(loadConfig({ METRICS_PORT: "9464" }).metricsPort, 9464);
    assert.match(problemsOf({ METRICS_PORT: "x" }).join(), /METRICS_PORT must be a whole number/);
    assert.equal(loadConfig({}).shutdownGraceSeconds, 20);
    assert.equal(loadConfig({ SHUTDOWN_GRACE_SECONDS: "5" }).shutdownGraceSeconds, 5);
  });

  it("keeps idle connections 65 s by default (KEEP_ALIVE_SECONDS), past a proxy's usual 60 s", () => {
    assert.equal(loadConfig({}).keepAliveSeconds, 65);
    assert.equal(loadConfig({ KEEP_ALIVE_SECONDS: "300" }).keepAliveSeconds, 300);
    assert.match(
      problemsOf({ KEEP_ALIVE_SECONDS: "0" }).join(),
      /KEEP_ALIVE_SECONDS must be a whole number of seconds, at least 1/
    );
    assert.match(problemsOf({ KEEP_ALIVE_SECONDS: "3601" }).join(), /at most 3600/);
  });
});
