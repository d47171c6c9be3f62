import assert from "node:assert/strict";
import { openPst } from "../../helpers/enronPst.js";
import {
  planImport,
  summarize,
  type PstSummary,
} from "../../../addin/src/pstImport/engine/importPlan.js";

describe("planning a .pst import: what, in which order, where", () => {
  let summary: PstSummary;
  before(() => {
    summary = summarize(openPst());
  });

  it("takes the chosen folders and year, newest first by default, the tree under one new folder", () => {
    const personal = summary.folders.find((folder) => folder.path.at(-1) === "Personal")!;
    const plan = planImport(summary, {
      folderIds: [personal.id],
      years: ["2001"],
      order: "newestFirst",
      target: { kind: "under", folderName: "Importé" },
    });
    assert.equal(plan.items.length, personal.years["2001"]);
    const dates = plan.items.map((item) => item.date!);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(dates.every((date) => date.startsWith("2001")));
    assert.deepEqual(plan.items[0]!.target, {
      base: "msgfolderroot",
      path: ["Importé", ...personal.path],
    });
    assert.equal(
      plan.totalBytes,
      plan.items.reduce((sum, item) => sum + item.sizeBytes, 0)
    );
  });

  it("merges a folder named like a well-known one (in English or French) into it, the rest at the root", () => {
    const plan = planImport(summary, {
      folderIds: "all",
      years: "all",
      order: "oldestFirst",
      target: { kind: "merge" },
    });
    const sent = plan.items.find((item) => item.folderPath.at(-1) === "Sent Items")!;
    assert.deepEqual(sent.target, { base: "sentitems", path: [] });
    const personal = plan.items.find((item) => item.folderPath.at(-1) === "Personal")!;
    assert.deepEqual(personal.target, { base: "msgfolderroot", path: personal.folderPath });
    const dates = plan.items.map((item) => item.date!);
    assert.deepEqual(dates, [...dates].sort());
  });
});
