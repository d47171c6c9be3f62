import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { ruleSchema, ruleSetSchema } from "../../../../server/core/rules/ruleSchema.js";

const valid: Rule = {
  name: "Gmail",
  conditions: { sentToAddresses: ["me@gmail.com"] },
  actions: { moveToFolder: ["Inbox", "Gmail"] },
};
/** Each problem as a person reads it: the field's path, then what is wrong. */
const problems = (input: unknown): string[] => {
  const result = ruleSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};
const withActions = (actions: unknown) => problems({ name: "R", actions });
const withConditions = (conditions: unknown) =>
  problems({ name: "R", conditions, actions: { markAsRead: true } });

describe("rule schema (server/core/rules)", () => {
  it("takes a rule using every condition and action", () => {
    const rule: Rule = {
      name: "Tout « l’ancien » compte 😀",
      enabled: false,
      conditions: {
        fromAddresses: ["a@example.com"],
        sentToAddresses: ["b@example.com"],
        subjectContains: ["facture\n2024"],
        bodyContains: ["\\ $x 'y'"],
        headerContains: ["X-Test: 1"],
        hasAttachments: false,
        receivedThroughAccount: "me@gmail.com",
      },
      exceptions: { subjectContains: ["urgent"] },
      actions: {
        moveToFolder: ["Inbox", "Gmail"],
        copyToFolder: ["Archives"],
        markAsRead: true,
        assignCategories: ["Gmail"],
        forwardTo: ["c@example.com"],
        stopProcessingRules: true,
      },
    };
    assert.deepEqual(ruleSchema.parse(rule), rule);
  });

  it("trims the spaces around an email address", () => {
    assert.deepEqual(
      ruleSchema.parse({ ...valid, conditions: { fromAddresses: [" a@example.com\t"] } })
        .conditions,
      { fromAddresses: ["a@example.com"] }
    );
  });

  it("refuses a name that is empty, over 200 characters or not storable, saying why", () => {
    assert.deepEqual(problems({ ...valid, name: "" }), ["name: must not be empty"]);
    assert.deepEqual(problems({ ...valid, name: "n".repeat(200) }), []);
    assert.deepEqual(problems({ ...valid, name: "n".repeat(201) }), [
      "name: must be at most 200 characters",
    ]);
    assert.deepEqual(problems({ ...valid, name: "a\u0000b" }), [
      "name: contains control characters or broken Unicode that cannot be stored",
    ]);
  });

  it("refuses words over 500 characters, and empty words, at their place in the list", () => {
    assert.deepEqual(withConditions({ subjectContains: ["w".repeat(500)] }), []);
    assert.deepEqual(withConditions({ subjectContains: ["ok", "w".repeat(501)] }), [
      "conditions.subjectContains.1: must be at most 500 characters",
    ]);
    assert.deepEqual(withConditions({ bodyContains: [""] }), [
      "conditions.bodyContains.0: must not be empty",
    ]);
    assert.deepEqual(withConditions({ headerContains: ["\ud800"] }), [
      "conditions.headerContains.0: contains control characters or broken Unicode that cannot be stored",
    ]);
  });

  it("refuses what is not an email address, and addresses over 320 characters", () => {
    assert.deepEqual(withConditions({ fromAddresses: ["a@example.com", "not an address"] }), [
      "conditions.fromAddresses.1: is not an email address",
    ]);
    assert.deepEqual(withConditions({ receivedThroughAccount: "me@" }), [
      "conditions.receivedThroughAccount: is not an email address",
    ]);
    const padded = (length: number) => "a@example.com".padStart(length, " ");
    assert.deepEqual(withConditions({ sentToAddresses: [padded(320)] }), []);
    assert.deepEqual(withConditions({ sentToAddresses: [padded(321)] }), [
      "conditions.sentToAddresses.0: must be at most 320 characters",
    ]);
  });

  it("refuses empty lists and lists over 50 entries", () => {
    assert.deepEqual(withConditions({ subjectContains: [] }), [
      "conditions.subjectContains: must not be empty when given",
    ]);
    assert.deepEqual(withConditions({ subjectContains: Array(50).fill("w") }), []);
    assert.deepEqual(withConditions({ subjectContains: Array(51).fill("w") }), [
      "conditions.subjectContains: must have at most 50 entries",
    ]);
    assert.deepEqual(withActions({ forwardTo: [] }), [
      "actions.forwardTo: must not be empty when given",
    ]);
  });

  it("refuses folder paths that are empty, too deep, or have a blank folder name", () => {
    assert.deepEqual(withActions({ moveToFolder: [] }), [
      "actions.moveToFolder: must name at least one folder",
    ]);
    assert.deepEqual(withActions({ copyToFolder: Array(10).fill("d") }), []);
    assert.deepEqual(withActions({ copyToFolder: Array(11).fill("d") }), [
      "actions.copyToFolder: must name at most 10 folders",
    ]);
    assert.deepEqual(withActions({ moveToFolder: ["Inbox", " \t"] }), [
      "actions.moveToFolder.1: a folder name cannot be blank",
    ]);
  });

  it("needs an action that does something; there is no delete", () => {
    const needs =
      "actions: needs at least one action (move, copy, mark as read, categorise or forward); deleting mail is not offered";
    assert.deepEqual(withActions({}), [needs]);
    assert.deepEqual(withActions({ stopProcessingRules: true }), [needs]);
    assert.deepEqual(withActions({ markAsRead: false }), [needs]);
    assert.deepEqual(problems({ name: "R" }), [
      "actions: Invalid input: expected object, received undefined",
    ]);
    for (const action of [
      { moveToFolder: ["A"] },
      { copyToFolder: ["A"] },
      { markAsRead: true },
      { assignCategories: ["A"] },
      { forwardTo: ["a@example.com"] },
    ])
      assert.deepEqual(withActions(action), [], JSON.stringify(action));
    assert.deepEqual(withActions({ delete: true }), ['actions: Unrecognized key: "delete"', needs]);
  });

  it("refuses fields it does not know, so a typo is not silently ignored", () => {
    assert.deepEqual(problems({ ...valid, colour: "red" }), [': Unrecognized key: "colour"']);
    assert.deepEqual(withConditions({ fromAdresses: ["a@example.com"] }), [
      'conditions: Unrecognized key: "fromAdresses"',
    ]);
    assert.deepEqual(problems({ ...valid, exceptions: { subjectContains: [] } }), [
      "exceptions.subjectContains: must not be empty when given",
    ]);
  });

  it("takes 1 to 100 rules in a set, and says so otherwise", () => {
    const set = (count: number) => ruleSetSchema.safeParse({ rules: Array(count).fill(valid) });
    assert.equal(set(1).success, true);
    assert.equal(set(100).success, true);
    assert.deepEqual(
      set(0).error!.issues.map((issue) => [issue.path.join("."), issue.message]),
      [["rules", "add at least one rule"]]
    );
    assert.deepEqual(
      set(101).error!.issues.map((issue) => [issue.path.join("."), issue.message]),
      [["rules", "at most 100 rules"]]
    );
    assert.equal(ruleSetSchema.safeParse({ rules: [valid], extra: 1 }).success, false);
  });
});
