import assert from "node:assert/strict";
import { planRepair, STEPS } from "../../../addin/src/repair/steps.js";

const ids = (plan: ReturnType<typeof planRepair>, applies = true) =>
  plan.filter((planned) => planned.applies === applies).map((planned) => planned.step.id);

describe("the repair plan (addin/src/repair/steps)", () => {
  it("for an Outlook.com user of classic Windows who used POP: every Windows step, POP ones included", () => {
    const plan = planRepair("classic-windows", {
      recommendedFixes: ["readd-account"],
      popUser: true,
      microsoftAccount: true,
    });
    assert.ok(ids(plan).includes("readdWindows"));
    assert.ok(ids(plan).includes("moveInBatches"));
    assert.ok(ids(plan, false).includes("readdMac"), "Mac steps are offered as 'other Outlook'");
    assert.ok(plan.find((planned) => planned.step.id === "readdWindows")!.recommended);
  });

  it("for another provider (Gmail, Orange…): no step that names Microsoft's sign-in, settings or servers, not even as 'other Outlook'", () => {
    const plan = planRepair("classic-windows", {
      recommendedFixes: [],
      popUser: true,
      microsoftAccount: false,
    });
    const shown = plan.map((planned) => planned.step.id);
    for (const step of STEPS.filter((candidate) => candidate.microsoftOnly)) {
      assert.ok(!shown.includes(step.id), step.id);
    }
    assert.ok(shown.includes("testWebmail") && shown.includes("backupPst"));
  });

  it("never tells another provider's POP user to remove their POP account: it still works", () => {
    for (const target of ["classic-windows", "mac"] as const) {
      const plan = planRepair(target, {
        recommendedFixes: [],
        popUser: true,
        microsoftAccount: false,
      });
      assert.ok(!plan.some((planned) => planned.step.id === "removePop"), target);
    }
  });
});
