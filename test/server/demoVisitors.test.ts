import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { DemoVisitors, InvalidVisitorError } from "../../server/demoVisitors.js";

describe("demo visitors (server/demoVisitors)", () => {
  it("keeps at most maxVisitors mailboxes, forgetting the least recently used", () => {
    const visitors = new DemoVisitors({ maxVisitors: 3, idleMs: 60_000 });
    const [first, second, third, fourth] = Array.from({ length: 4 }, () => randomUUID());
    const firstToken = visitors.tokenFor(first!);
    const secondToken = visitors.tokenFor(second!);
    visitors.tokenFor(third!);
    visitors.tokenFor(first!); // the first visitor comes back: now the second is the oldest
    visitors.tokenFor(fourth!);
    assert.equal(visitors.size, 3);
    assert.ok(visitors.account(firstToken));
    assert.equal(visitors.account(secondToken), undefined, "the second visitor's mailbox is gone");
    assert.notEqual(visitors.tokenFor(second!), secondToken, "and comes back fresh");
  });

  it("forgets a mailbox left idle for idleMs", async () => {
    const visitors = new DemoVisitors({ maxVisitors: 10, idleMs: 100 });
    const visitor = randomUUID();
    const token = visitors.tokenFor(visitor);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(visitors.account(token), "a visit keeps it alive");
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(visitors.account(token), undefined);
  });

  it("accepts only UUID v4 ids, and makes one up when none is sent", () => {
    const id = randomUUID();
    assert.equal(DemoVisitors.idOf(id.toUpperCase()), id);
    assert.match(DemoVisitors.idOf(undefined), /^[0-9a-f-]{36}$/);
    assert.notEqual(DemoVisitors.idOf(undefined), DemoVisitors.idOf(undefined));
    for (const bad of ["", "constructor", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"])
      assert.throws(() => DemoVisitors.idOf(bad), InvalidVisitorError);
  });
});
