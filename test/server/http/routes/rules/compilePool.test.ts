// Rule compilation off the main thread: the work itself (compileWork), and the pool around it.
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { compileWork } from "../../../../../server/http/routes/rules/compileWork.js";
import { compilePool } from "../../../../../server/http/routes/rules/compilePool.js";
import {
  COMPILE_BODY_LIMIT,
  COMPILE_OUTPUT_LIMIT,
} from "../../../../../server/http/routes/rules/compileRequest.js";
import { ServiceError } from "../../../../../server/http/serviceError.js";
import { largestCompileBody } from "../../../../fixtures/largestCompile.js";

const task = (body: string | undefined, maxOutputBytes = COMPILE_OUTPUT_LIMIT) =>
  ({
    body: body === undefined ? undefined : Buffer.from(body),
    fallbackLocale: "en",
    maxOutputBytes,
  }) as const;
const one = JSON.stringify({
  rules: [
    {
      name: "Factures",
      conditions: { subjectContains: ["facture"] },
      actions: { markAsRead: true },
    },
  ],
});

describe("rule compilation off the main thread (server/http/routes/rules/compilePool)", function () {
  this.timeout(60000);

  it("parses, validates, compiles and serialises in one step, as the route did", () => {
    const outcome = compileWork(task(one));
    assert.ok(outcome.ok);
    assert.equal((JSON.parse(outcome.json) as { artifacts: unknown[] }).artifacts.length, 6);
    assert.deepEqual(compileWork(task("{nope")), {
      ok: false,
      code: "invalid_json",
      details: undefined,
    });
    assert.deepEqual(compileWork(task('"rules"')), {
      ok: false,
      code: "invalid_json",
      details: undefined,
    });
    assert.ok(
      compileWork(task(`\uFEFF${one}`)).ok,
      "a byte order mark is dropped, as body-parser does"
    );
    const empty = compileWork(task(""));
    assert.ok(!empty.ok && empty.code === "invalid_request");
    const notJson = compileWork(task(undefined));
    assert.ok(!notJson.ok && notJson.code === "invalid_request");
  });

  it("keeps the largest valid rule set's answer under its bound, and refuses beyond", () => {
    const body = largestCompileBody();
    assert.ok(Buffer.byteLength(body) <= COMPILE_BODY_LIMIT);
    const outcome = compileWork(task(body));
    assert.ok(outcome.ok);
    const bytes = Buffer.byteLength(outcome.json);
    assert.ok(bytes > COMPILE_OUTPUT_LIMIT / 2 && bytes <= COMPILE_OUTPUT_LIMIT, `${bytes} bytes`);
    assert.deepEqual(compileWork(task(one, 1000)), {
      ok: false,
      code: "compile_output_too_large",
      details: { limitBytes: 1000 },
    });
  });

  it("runs compilations on its worker, and says it is busy when its queue is full", async () => {
    const pool = compilePool({ threads: 1, maxQueue: 1 });
    try {
      const big = largestCompileBody();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 4 }, () => pool.compile(task(big)))
      );
      const refused = outcomes.filter((outcome) => outcome.status === "rejected");
      assert.ok(outcomes[0]!.status === "fulfilled", "the first runs");
      assert.ok(refused.length >= 1, "beyond the queue: busy");
      for (const outcome of refused) {
        const error = (outcome as PromiseRejectedResult).reason as ServiceError;
        assert.ok(error instanceof ServiceError);
        assert.equal(error.code, "server_busy");
        assert.deepEqual(error.details, { retryAfterSeconds: 2 });
      }
      await assert.rejects(
        pool.compile(task("{")),
        (error: ServiceError) => error.code === "invalid_json"
      );
      // A small body's Buffer is a view into Node's shared pool: only its own bytes are read.
      const small = task(one);
      assert.ok(small.body!.byteOffset > 0 || small.body!.buffer.byteLength > small.body!.length);
      const answer = JSON.parse(new TextDecoder().decode(await pool.compile(small))) as {
        artifacts: unknown[];
      };
      assert.equal(answer.artifacts.length, 6);
      const gzipped = await pool.compile({ ...task(one), encoding: "gzip" });
      assert.deepEqual(JSON.parse(gunzipSync(gzipped).toString("utf8")), answer);
    } finally {
      await pool.close();
    }
  });
});
