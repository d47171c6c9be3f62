import assert from "node:assert/strict";
import type { RequirementSetSupport } from "@contracts/accountSnapshot.js";
import { hostTooOld } from "../../../../../server/core/diagnosis/checks/hostTooOld.js";
import { classicWindowsOutlookCom } from "../../../../fixtures/snapshots.js";
import { facts } from "./facts.js";

/** Mailbox requirement sets, the given minor versions supported and the others not. */
const sets = (supported: number[], probed = 15): RequirementSetSupport[] =>
  Array.from({ length: probed }, (_, index) => ({
    name: "Mailbox",
    version: `1.${index + 1}`,
    supported: supported.includes(index + 1),
  }));
const check = (requirementSets: RequirementSetSupport[]) =>
  hostTooOld(
    facts({ snapshot: { ...classicWindowsOutlookCom, requirementSets }, host: "classic-windows" })
  );
const tooOld = (version: string) => [
  { id: "hostTooOld", severity: "warning", fixId: "update-office", params: { version } },
];

describe("check hostTooOld: an Outlook without Mailbox 1.5 should be updated first", () => {
  it("Mailbox 1.4 at most: asks for Office updates, naming the highest set", () => {
    assert.deepEqual(check(sets([1, 2, 3, 4])), tooOld("1.4"));
  });

  it("Mailbox 1.5 is recent enough", () => {
    assert.deepEqual(check(sets([1, 2, 3, 4, 5])), []);
  });

  it("compares versions as numbers: 1.10 is newer than 1.5", () => {
    assert.deepEqual(check(sets([10])), []);
    assert.deepEqual(check(sets([1, 2, 3, 10, 4])), []);
  });

  it("reads the highest supported set, not the last one probed", () => {
    assert.deepEqual(check(sets([1, 2, 3]).reverse()), tooOld("1.3"));
  });

  it("sets probed but not supported do not count", () => {
    assert.deepEqual(check(sets([1, 2])), tooOld("1.2"));
  });

  it("no supported set at all: too old, as Mailbox 1.0", () => {
    assert.deepEqual(check(sets([])), tooOld("1.0"));
    assert.deepEqual(check([]), tooOld("1.0"));
  });

  it("nothing outside Outlook, where no sets are reported", () => {
    assert.deepEqual(hostTooOld(facts({ host: "standalone" })), []);
    const old = { ...classicWindowsOutlookCom, requirementSets: sets([1]) };
    assert.deepEqual(hostTooOld(facts({ snapshot: old, host: "standalone" })), []);
  });
});
