import assert from "node:assert/strict";
import {
  activeMailboxLimiters,
  createLimiter,
  mailboxLimiter,
} from "../../../server/graph/limiter.js";

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

  it("limits all requests for one mailbox together, and forgets the mailbox when idle", async () => {
    const before = activeMailboxLimiters();
    const first = mailboxLimiter("tenant:user-a");
    const second = mailboxLimiter("tenant:user-a");
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      assert.equal(activeMailboxLimiters(), before + 1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? first : second).run(task))
    );
    assert.equal(peak, 4, "two clients of one mailbox share the limit of 4");
    assert.equal(activeMailboxLimiters(), before);
  });
});
