// Upload progress from successive readings of the destination folders: how much of the batch has
// arrived, the rate, the time left, and whether the upload has stalled. Also when to poll next:
// often while things move, backing off when nothing changes or Microsoft asks us to slow down.

export interface Reading {
  /** ms since epoch */
  at: number;
  items: number;
  sizeBytes: number;
}

export interface Progress {
  arrivedItems: number;
  fraction: number;
  /** Items per minute over the recent readings; null until two readings differ in time. */
  itemsPerMinute: number | null;
  minutesLeft: number | null;
  stalled: boolean;
  done: boolean;
}

export const STALL_MS = 15 * 60 * 1000;
const RATE_WINDOW_MS = 5 * 60 * 1000;

export function progressOf(
  baseline: Reading,
  readings: Reading[],
  batchItems: number,
  now: number
): Progress {
  const latest = readings.at(-1) ?? baseline;
  const arrivedItems = Math.max(0, latest.items - baseline.items);
  const done = batchItems > 0 && arrivedItems >= batchItems;
  const recent = [baseline, ...readings].filter(
    (reading) => reading.at >= latest.at - RATE_WINDOW_MS
  );
  const first = recent[0]!;
  const minutes = (latest.at - first.at) / 60000;
  const itemsPerMinute = minutes > 0 ? Math.max(0, latest.items - first.items) / minutes : null;
  const minutesLeft =
    itemsPerMinute && itemsPerMinute > 0
      ? Math.max(0, batchItems - arrivedItems) / itemsPerMinute
      : null;
  // Stalled: not finished and the count has not moved for 15 minutes.
  const lastChange = [baseline, ...readings].reduce(
    (changedAt, reading, index, all) =>
      index > 0 && reading.items !== all[index - 1]!.items ? reading.at : changedAt,
    baseline.at
  );
  return {
    arrivedItems,
    fraction: batchItems > 0 ? Math.min(1, arrivedItems / batchItems) : 0,
    itemsPerMinute,
    minutesLeft,
    stalled: !done && now - lastChange >= STALL_MS,
    done,
  };
}

export const MIN_POLL_MS = 10_000;
export const MAX_POLL_MS = 120_000;

/** Next poll delay: back to the minimum when the count moved, doubled (bounded) when idle or throttled. */
export function nextPollDelay(
  previousMs: number,
  changed: boolean,
  throttled: boolean,
  minimumMs = MIN_POLL_MS
): number {
  if (throttled) return Math.min(MAX_POLL_MS, Math.max(previousMs * 2, 30_000));
  return changed ? minimumMs : Math.min(MAX_POLL_MS, previousMs * 2);
}
