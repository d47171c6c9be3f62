import assert from "node:assert/strict";
import fc from "fast-check";
import {
  offlineCacheSetting,
  parsePstList,
  planBatches,
  type PstEntry,
} from "../../../addin/src/migrate/planBatches.js";

const MB = 1024 ** 2;
const entry = fc.record({
  folder: fc.constantFrom(
    "Boîte de réception",
    "Éléments envoyés",
    "Factures",
    "Famille",
    "Archives"
  ),
  year: fc.integer({ min: 2005, max: 2025 }),
  items: fc.integer({ min: 0, max: 20000 }),
  sizeBytes: fc.integer({ min: 0, max: 3000 * MB }),
});
// A .pst lists each folder-year once.
const pst = fc.uniqueArray(entry, {
  selector: (value) => `${value.folder}|${value.year}`,
  maxLength: 60,
});

describe(".pst migration planner (addin/src/migrate)", () => {
  it("covers every folder-year exactly once, and keeps every batch under the bound unless it holds one oversized entry", () => {
    fc.assert(
      fc.property(pst, fc.integer({ min: 50 * MB, max: 4000 * MB }), (entries, bound) => {
        const plan = planBatches(entries, bound);
        const planned = plan.batches.flatMap((batch) => batch.entries);
        assert.equal(planned.length, entries.length);
        assert.deepEqual(
          new Set(planned.map((item) => `${item.folder}|${item.year}`)),
          new Set(entries.map((item) => `${item.folder}|${item.year}`))
        );
        for (const batch of plan.batches) {
          if (batch.oversized) assert.equal(batch.entries.length, 1);
          else assert.ok(batch.sizeBytes <= bound);
          assert.equal(
            batch.sizeBytes,
            batch.entries.reduce((sum, item: PstEntry) => sum + item.sizeBytes, 0)
          );
        }
        assert.equal(
          plan.totalBytes,
          entries.reduce((sum, item) => sum + item.sizeBytes, 0)
        );
      }),
      { numRuns: 500 }
    );
  });

  it("uploads the newest years first, one year per batch", () => {
    const plan = planBatches([
      { folder: "Inbox", year: 2019, items: 100, sizeBytes: 100 * MB },
      { folder: "Inbox", year: 2024, items: 100, sizeBytes: 100 * MB },
      { folder: "Sent", year: 2024, items: 100, sizeBytes: 100 * MB },
    ]);
    assert.deepEqual(
      plan.batches.map((batch) => batch.entries.map((item) => `${item.folder} ${item.year}`)),
      [["Inbox 2024", "Sent 2024"], ["Inbox 2019"]]
    );
  });

  it("reads pasted lists in French and English formats, and names the lines it cannot read", () => {
    const { entries, badLines } = parsePstList(
      "Dossier;Année;Éléments;Taille\nBoîte de réception;2024;1 234;1,5 Go\nFactures\t2023\t56\t850 Mo\nSent,2022,10,12\nnonsense line\nX;1800;1;1"
    );
    assert.deepEqual(
      entries.map((item) => [item.folder, item.year, item.items, item.sizeBytes]),
      [
        ["Boîte de réception", 2024, 1234, Math.round(1.5 * 1024 ** 3)],
        ["Factures", 2023, 56, 850 * MB],
        ["Sent", 2022, 10, 12 * MB],
      ]
    );
    assert.deepEqual(badLines, [5, 6]);
  });

  it("recommends the offline cache setting from free disk space", () => {
    assert.equal(offlineCacheSetting(100 * 1024 ** 3, 10 * 1024 ** 3), "all");
    assert.equal(offlineCacheSetting(8 * 1024 ** 3, 10 * 1024 ** 3), "1year");
    assert.equal(offlineCacheSetting(1 * 1024 ** 3, 10 * 1024 ** 3), "3months");
  });
});
