import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { ruleProblems } from "../../../addin/src/unify/ruleProblems.js";

const rule: Rule = {
  name: "Gmail",
  conditions: { sentToAddresses: ["marie@gmail.com"] },
  actions: { moveToFolder: ["Inbox", "Gmail"] },
};

describe("rules the taskpane refuses before compiling (addin/src/unify/ruleProblems)", () => {
  it("accepts a rule with a name, a condition and a folder", () => {
    assert.deepEqual(ruleProblems(rule), {});
  });

  it("refuses a rule without any condition: it would catch all mail", () => {
    assert.deepEqual(ruleProblems({ ...rule, conditions: {} }), { conditions: "catchAll" });
    assert.deepEqual(ruleProblems({ ...rule, conditions: { sentToAddresses: [] } }), {
      conditions: "catchAll",
    });
    assert.deepEqual(ruleProblems({ name: "x", actions: { markAsRead: true } }), {
      conditions: "catchAll",
    });
  });

  it("counts the account mail arrives through as a condition", () => {
    assert.deepEqual(
      ruleProblems({ ...rule, conditions: { receivedThroughAccount: "a@b.fr" } }),
      {}
    );
  });

  it("asks for a name and for a folder when the folder was cleared", () => {
    assert.deepEqual(ruleProblems({ ...rule, name: "  ", actions: { moveToFolder: [] } }), {
      name: "noName",
      folder: "noFolder",
    });
  });
});
