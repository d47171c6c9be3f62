import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { ReadAhead } from "../../../addin/src/pstImport/engine/readAhead.js";

/** Items 1..count, each prepared as its square, with the order of preparation recorded. */
function numbers(count: number, depth: number, fail?: number) {
  const prepared: number[] = [];
  const ahead = new ReadAhead(
    Array.from({ length: count }, (_, index) => index + 1),
    (item: number) => {
      prepared.push(item);
      if (item === fail) throw new Error(`item ${item} is unreadable`);
      return item * item;
    },
    depth
  );
  return { ahead, prepared };
}

describe("reading .pst items ahead while the lanes wait for Graph", () => {
  it("prepares up to `depth` items while the thread is idle, and hands them out in order", async () => {
    const { ahead, prepared } = numbers(10, 3);
    assert.equal(await ahead.take(), 1);
    await sleep(20); // a request in flight
    assert.deepEqual(prepared, [1, 2, 3, 4], "three more, not the whole file");
    const taken = [];
    for (let value = await ahead.take(); value !== null; value = await ahead.take())
      taken.push(value);
    assert.deepEqual(taken, [4, 9, 16, 25, 36, 49, 64, 81, 100]);
  });

  it("prepares one item per task, so answers that arrive meanwhile are handled in between", async () => {
    const { ahead, prepared } = numbers(10, 4);
    await ahead.take();
    const seen: number[] = [];
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        seen.push(prepared.length);
        resolve();
      }, 0)
    );
    assert.ok(seen[0]! < 5, `an answer waited for ${seen[0]! - 1} preparations, not all four`);
  });

  it("when the lanes are quicker, a lane prepares its own item rather than wait", async () => {
    const { ahead, prepared } = numbers(3, 1);
    assert.deepEqual([await ahead.take(), await ahead.take(), await ahead.take()], [1, 4, 9]);
    assert.deepEqual(prepared, [1, 2, 3]);
    assert.equal(await ahead.take(), null);
  });

  it("gives an item's error to the lane that takes it, and goes on with the next", async () => {
    const { ahead } = numbers(4, 2, 2);
    assert.equal(await ahead.take(), 1);
    await sleep(5);
    await assert.rejects(ahead.take(), /item 2 is unreadable/);
    assert.equal(await ahead.take(), 9);
  });

  it("stops preparing once closed (the run ended): nothing more is read", async () => {
    const { ahead, prepared } = numbers(10, 4);
    await ahead.take();
    ahead.close();
    await sleep(20);
    assert.deepEqual(prepared, [1]);
    assert.equal(await ahead.take(), null);
  });
});
