import assert from "node:assert/strict";
import { createLimiter, memoryLimiters } from "../../../server/graph/limiter.js";

describe("concurrency limiter (server/graph/limiter)", () => {
  it("never runs more than its limit at once", async () => {
    const limiter = createLimiter(4);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 30 }, () =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running--;
        })
      )
    );
    assert.equal(peak, 4);
  });

  it("limits all requests for one key together, and forgets the key when idle", async () => {
    const limiters = memoryLimiters(4);
    const first = limiters("tenant:user-a");
    const second = limiters("tenant:user-a");
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      assert.equal(limiters.active(), 1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? first : second).run(task))
    );
    assert.equal(peak, 4, "two clients of one mailbox share the limit of 4");
    assert.equal(limiters.active(), 0);
  });

  it("keeps a key's limiter while any of its tasks runs, so later tasks still share the limit", async () => {
    const limiters = memoryLimiters(2);
    let releaseLong!: () => void;
    const long = limiters("mailbox").run(
      () => new Promise<void>((resolve) => (releaseLong = resolve))
    );
    await limiters("mailbox").run(async () => {});
    assert.equal(limiters.active(), 1, "the long task still holds the key's limiter");
    let running = 1;
    let peak = 1;
    const later = Array.from({ length: 4 }, () =>
      limiters("mailbox").run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
      })
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    running--;
    releaseLong();
    await Promise.all([long, ...later]);
    assert.equal(peak, 2, "with the long task running, one more at a time");
    assert.equal(limiters.active(), 0);
  });
});
