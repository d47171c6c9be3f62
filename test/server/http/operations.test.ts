// What operators rely on: a request id on every answer and in every log line of the request,
// Prometheus metrics with bounded labels, and /readyz saying whether the instance can serve.
import assert from "node:assert/strict";
import net, { type AddressInfo } from "node:net";
import type { Health, Readiness } from "@contracts/health.js";
import { Metrics } from "../../../server/observability/metrics.js";
import { createMetricsServer } from "../../../server/observability/metricsServer.js";
import { MARIE, startLiveStack, startSimulators } from "../../helpers/liveStack.js";
import { freePort } from "../../helpers/builtServer.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("operations: request ids, metrics, readiness (HTTP)", function () {
  this.timeout(60000);
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const logOf = (id: string) =>
    app
      .logLines()
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.requestId === id);

  it("gives every answer an X-Request-Id, and writes it in the request's log line", async () => {
    for (const [path, status] of [
      ["/healthz", 200],
      ["/api/providers/lookup?email=marie%40hotmail.fr", 200],
      ["/api/nope", 404],
    ] as const) {
      const response = await fetch(`${app.url}${path}`);
      assert.equal(response.status, status);
      const id = response.headers.get("x-request-id") ?? "";
      assert.match(id, UUID, path);
      assert.equal(logOf(id).length, 1, `one log line for ${path}`);
    }
  });

  it("keeps a caller's request id only when it is a short token of safe characters", async () => {
    const sent = async (id: string) =>
      (await fetch(`${app.url}/healthz`, { headers: { "X-Request-Id": id } })).headers.get(
        "x-request-id"
      );
    assert.equal(await sent("frontdoor-7f3a.42_b"), "frontdoor-7f3a.42_b");
    for (const unsafe of ["a".repeat(65), "<script>", "id with spaces", "-leading", "${jndi:x}"])
      assert.match((await sent(unsafe)) ?? "", UUID, unsafe);
  });

  it("counts requests by route pattern and status, never by the path as sent", async () => {
    await fetch(`${app.url}/api/diagnose`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "marie@hotmail.fr", answers: "?" }),
    });
    await fetch(`${app.url}/api/no-such-${Date.now()}`);
    const text = await app.metrics.registry.metrics();
    assert.match(
      text,
      /mailbridge_http_requests_total\{method="POST",route="\/api\/diagnose",status="400"\} 1/
    );
    assert.match(text, /mailbridge_http_requests_total\{method="GET",route="other",status="404"\}/);
    assert.doesNotMatch(text, /no-such/);
    assert.match(text, /mailbridge_http_request_duration_seconds_bucket\{le="0.05"/);
  });

  it("serves the metrics on a port of their own, and nothing else there", async () => {
    const metrics = new Metrics();
    metrics.httpRequests.inc({ method: "GET", route: "/healthz", status: "200" });
    const server = createMetricsServer(metrics).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const scraped = await fetch(`${base}/metrics`);
      assert.equal(scraped.status, 200);
      assert.match(scraped.headers.get("content-type") ?? "", /^text\/plain/);
      assert.match(await scraped.text(), /mailbridge_http_requests_total\{.*\} 1/);
      assert.equal((await fetch(`${base}/`)).status, 404);
      assert.equal((await fetch(`${base}/api/diagnose`)).status, 404);
    } finally {
      server.close();
    }
  });

  it("keeps idle connections 65 s, and says so, so that a proxy pooling them closes them first", async () => {
    const response = await fetch(`${app.url}/healthz`);
    assert.equal(response.headers.get("keep-alive"), "timeout=65");
  });

  it("closes a connection once it has been idle for KEEP_ALIVE_SECONDS", async () => {
    const shortLived = await startTestApp({ KEEP_ALIVE_SECONDS: "1" });
    try {
      const socket = net.connect(Number(new URL(shortLived.url).port), "127.0.0.1");
      socket.on("error", () => undefined); // a reset would be the close this test waits for
      let received = "";
      let lastAnswerAt = 0;
      socket.on("data", (chunk: Buffer) => {
        received += chunk.toString();
        lastAnswerAt = Date.now();
      });
      const closed = new Promise<number>((resolve) =>
        socket.once("close", () => resolve(Date.now()))
      );
      const answers = () => received.match(/HTTP\/1\.1 200 OK\r\n/g)?.length ?? 0;
      const answered = async (count: number) => {
        while (answers() < count) {
          assert.ok(!socket.destroyed, `closed after ${answers()} answers`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      const ask = () => socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
      ask();
      await answered(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      ask(); // idle for less than the second: the same connection answers
      await answered(2);
      const idleFor = (await closed) - lastAnswerAt;
      assert.ok(idleFor >= 900 && idleFor < 3000, `closed after ${idleFor} ms idle`);
    } finally {
      await shortLived.close();
    }
  });

  it("is ready in demo mode as soon as it answers", async () => {
    const response = await fetch(`${app.url}/readyz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: "ready", stopping: false, checks: {} });
    assert.equal(((await (await fetch(`${app.url}/healthz`)).json()) as Health).status, "ok");
  });
});

describe("operations in live mode: Graph and token metrics, readiness, ids in warnings", function () {
  this.timeout(60000);

  it("counts Graph requests and where each Graph token came from", async () => {
    const stack = await startLiveStack();
    try {
      const token = await stack.identity.issueApiToken(MARIE);
      for (let request = 0; request < 3; request++) {
        const response = await fetch(`${stack.app.url}/api/mailbox/diagnose`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: "{}",
        });
        assert.equal(response.status, 200);
      }
      const text = await stack.app.metrics.registry.metrics();
      assert.match(text, /mailbridge_graph_tokens_total\{source="exchange"\} 1/);
      assert.match(text, /mailbridge_graph_tokens_total\{source="cache"\} 2/);
      assert.match(text, /mailbridge_graph_requests_total\{status="200"\} [1-9]/);
      const ready = await fetch(`${stack.app.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(((await ready.json()) as Readiness).checks, { signingKeys: "ok" });
    } finally {
      await stack.close();
    }
  });

  it("is not ready while Microsoft's signing keys cannot be fetched", async () => {
    const simulators = await startSimulators();
    const app = await startTestApp({
      ...simulators.env,
      IDENTITY_BASE_URL: `http://127.0.0.1:${await freePort()}`,
    });
    try {
      const response = await fetch(`${app.url}/readyz`);
      assert.equal(response.status, 503);
      assert.deepEqual(await response.json(), {
        status: "not_ready",
        stopping: false,
        checks: { signingKeys: "failing" },
      });
    } finally {
      await app.close();
      await simulators.close();
    }
  });

  it("writes the request id in the warnings logged while serving the request", async () => {
    const simulators = await startSimulators();
    // A secret Microsoft does not know: the exchange fails, and that is logged as a warning.
    const app = await startTestApp({ ...simulators.env, AZURE_CLIENT_SECRET: "not-the-secret" });
    try {
      const token = await simulators.identity.issueApiToken(MARIE);
      const response = await fetch(`${app.url}/api/mailbox/diagnose`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: "{}",
      });
      assert.equal(response.status, 502);
      const id = response.headers.get("x-request-id")!;
      const lines = app
        .logLines()
        .map((line) => JSON.parse(line) as { requestId?: string; level: number; msg: string })
        .filter((line) => line.requestId === id);
      assert.ok(
        lines.some((line) => line.level === 40 && /did not grant/.test(line.msg)),
        JSON.stringify(lines)
      );
      assert.ok(lines.some((line) => line.msg === "request"));
    } finally {
      await app.close();
      await simulators.close();
    }
  });
});
