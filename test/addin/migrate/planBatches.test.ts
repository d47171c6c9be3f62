import assert from "node:assert/strict";
import fc from "fast-check";
import {
  offlineCacheSetting,
  parseLocaleNumber,
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

describe("numbers as the user's language writes them (parseLocaleNumber)", () => {
  it("reads French and English digits, and never takes a decimal comma for a thousands one", () => {
    const read = (text: string, locale: string) => parseLocaleNumber(text, locale);
    assert.deepEqual(
      ["12 410", "12\u202f410", "1,5", "1.5", "1 200,75"].map((text) => read(text, "fr")),
      [12410, 12410, 1.5, 1.5, 1200.75]
    );
    assert.deepEqual(
      ["12,410", "1,200", "1.5", "1 200", "1,234,567.5"].map((text) => read(text, "en")),
      [12410, 1200, 1.5, 1200, 1234567.5]
    );
    for (const text of ["1,5", "1,2345", "abc", "", "-3", "1e3"])
      assert.ok(Number.isNaN(read(text, "en")), text);
  });

  it("reads an English paste with thousands separators", () => {
    const { entries, unreadable } = parsePstList(
      "Folder;Year;Items;Size\nInbox;2024;3,120;1,200 MB",
      "en"
    );
    assert.deepEqual(unreadable, []);
    assert.deepEqual(entries, [{ folder: "Inbox", year: 2024, items: 3120, sizeBytes: 1200 * MB }]);
  });
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
    const { entries, unreadable } = parsePstList(
      "Dossier;Année;Éléments;Taille\nBoîte de réception;2024;1 234;1,5 Go\nFactures\t2023\t56\t850 Mo\nSent,2022,10,12\nnonsense line\nX;1800;1;1\nDossier clients;2021;1.5;3 Mo\nDossier clients;2021;3;trois",
      "fr"
    );
    assert.deepEqual(
      entries.map((item) => [item.folder, item.year, item.items, item.sizeBytes]),
      [
        ["Boîte de réception", 2024, 1234, Math.round(1.5 * 1024 ** 3)],
        ["Factures", 2023, 56, 850 * MB],
        ["Sent", 2022, 10, 12 * MB],
      ]
    );
    // A folder named "Dossier …" is a folder, not a header: its bad lines are reported, not skipped.
    assert.deepEqual(
      unreadable.map((line) => [line.line, line.problem]),
      [
        [5, "columns"],
        [6, "year"],
        [7, "items"],
        [8, "size"],
      ]
    );
    assert.equal(unreadable[1]!.text, "X;1800;1;1");
  });

  it("recommends the offline cache setting from free disk space", () => {
    assert.equal(offlineCacheSetting(100 * 1024 ** 3, 10 * 1024 ** 3), "all");
    assert.equal(offlineCacheSetting(8 * 1024 ** 3, 10 * 1024 ** 3), "1year");
    assert.equal(offlineCacheSetting(1 * 1024 ** 3, 10 * 1024 ** 3), "3months");
  });
});
