import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import {
  editKey,
  prefillRules,
  rulesWithEdits,
  type UnifyAccount,
} from "../../../addin/src/unify/prefill.js";

const main: UnifyAccount = { email: "marie.dupont@hotmail.fr", providerName: "Outlook.com" };
const gmail: UnifyAccount = { email: "marie.perso@gmail.com", providerName: "Gmail" };
const orange: UnifyAccount = { email: "marie@orange.fr", providerName: "Orange" };

describe("unification rules prefilled and edited (addin/unify/prefill)", () => {
  it("prefills one rule per extra account, into its own folder under the inbox", () => {
    const rules = prefillRules([main, gmail, orange], "server");
    assert.deepEqual(
      rules.map((rule) => rule.actions.moveToFolder),
      [
        ["Inbox", "Gmail"],
        ["Inbox", "Orange"],
      ]
    );
    assert.deepEqual(rules[0]!.conditions, { sentToAddresses: ["marie.perso@gmail.com"] });
    assert.deepEqual(prefillRules([main, gmail], "client")[0]!.conditions, {
      receivedThroughAccount: "marie.perso@gmail.com",
    });
  });

  it("keeps the user's edit of an account's rule when other accounts come and go", () => {
    const edited: Rule = {
      ...prefillRules([main, gmail], "server")[0]!,
      actions: { moveToFolder: ["Inbox", "Perso"] },
    };
    const edits = new Map([[editKey("server", "Marie.Perso@gmail.com"), edited]]);
    assert.deepEqual(rulesWithEdits([main, gmail, orange], "server", edits)[0], edited);
    assert.deepEqual(
      rulesWithEdits([main, orange, gmail], "server", edits)[1],
      edited,
      "whatever its position"
    );
    assert.deepEqual(
      rulesWithEdits([main, orange], "server", edits),
      prefillRules([main, orange], "server")
    );
  });

  it("keeps edits per strategy, since each strategy has its own conditions", () => {
    const edited: Rule = { ...prefillRules([main, gmail], "server")[0]!, name: "mine" };
    const edits = new Map([[editKey("server", gmail.email), edited]]);
    assert.deepEqual(
      rulesWithEdits([main, gmail], "client", edits),
      prefillRules([main, gmail], "client")
    );
    assert.equal(rulesWithEdits([main, gmail], "server", edits)[0]!.name, "mine");
  });
});
