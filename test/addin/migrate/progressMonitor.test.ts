import assert from "node:assert/strict";
import {
  MAX_POLL_MS,
  MIN_POLL_MS,
  STALL_MS,
  nextPollDelay,
  progressOf,
} from "../../../addin/src/migrate/progressMonitor.js";

const MINUTE = 60_000;
const at = (minutes: number, items: number) => ({
  at: minutes * MINUTE,
  items,
  sizeBytes: items * 1000,
});

describe("upload progress monitor (addin/src/migrate)", () => {
  it("measures what arrived, the rate and the time left", () => {
    const progress = progressOf(at(0, 100), [at(1, 160), at(2, 220)], 600, 2 * MINUTE);
    assert.equal(progress.arrivedItems, 120);
    assert.equal(progress.fraction, 0.2);
    assert.equal(progress.itemsPerMinute, 60);
    assert.equal(progress.minutesLeft, 8);
    assert.equal(progress.stalled, false);
  });

  it("detects a stall after 15 minutes without change, and not before", () => {
    const readings = [at(1, 150), at(5, 150), at(10, 150)];
    assert.equal(progressOf(at(0, 100), readings, 600, 1 * MINUTE + STALL_MS - 1).stalled, false);
    assert.equal(progressOf(at(0, 100), readings, 600, 1 * MINUTE + STALL_MS).stalled, true);
  });

  it("is done, not stalled, when the whole batch arrived", () => {
    const progress = progressOf(at(0, 0), [at(1, 600)], 600, 60 * MINUTE);
    assert.deepEqual([progress.done, progress.stalled, progress.fraction], [true, false, 1]);
  });

  it("polls often while mail moves, backs off when idle or throttled, within bounds", () => {
    assert.equal(nextPollDelay(80_000, true, false), MIN_POLL_MS);
    assert.equal(nextPollDelay(10_000, false, false), 20_000);
    assert.equal(nextPollDelay(100_000, false, false), MAX_POLL_MS);
    assert.equal(nextPollDelay(10_000, true, true), 30_000);
  });
});
