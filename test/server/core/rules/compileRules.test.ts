import assert from "node:assert/strict";
import { frenchTypographyProblems } from "../../../helpers/catalogs.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import type { Rule } from "@contracts/rules.js";

const forwarding: Rule = {
  name: "Tout vers ailleurs",
  enabled: true,
  conditions: { sentToAddresses: ["marie.perso@gmail.com"] },
  actions: { forwardTo: ["inconnu@example.net", "marie.perso@gmail.com"] },
};

describe("compileRules (server/core/rules)", () => {
  it("writes its French warnings the French way (non-breaking spaces before : ; ! ? and inside « »)", () => {
    const { warnings } = compileRules(
      [
        {
          name: "Tout",
          conditions: {
            receivedThroughAccount: "a@gmail.com",
            headerContains: ["X-Test"],
            hasAttachments: false,
          },
          exceptions: { subjectContains: ["urgent"] },
          actions: {
            moveToFolder: ["Inbox", "A/B\\C"],
            forwardTo: ["x@example.org"],
            assignCategories: ["deux mots"],
          },
        },
        {
          name: "N".repeat(80),
          conditions: { hasAttachments: true },
          actions: { markAsRead: true },
        },
      ],
      { locale: "fr" }
    );
    assert.ok(warnings.length > 8, "the rule set should draw many warnings");
    assert.deepEqual(
      frenchTypographyProblems(
        Object.fromEntries(warnings.map((warning, index) => [index, warning.message]))
      ),
      []
    );
  });

  it("flags forwarding outside the user's accounts with every target, never forwarding to their own", () => {
    const { warnings } = compileRules([forwarding], {
      targets: ["graph", "sieve", "gmail"],
      locale: "fr",
      ownAddresses: ["marie.dupont@hotmail.fr"],
    });
    const flagged = warnings.filter((warning) =>
      /n’est pas un de vos comptes/.test(warning.message)
    );
    assert.deepEqual(
      flagged.map((warning) => warning.target),
      ["graph", "sieve", "gmail"]
    );
    assert.ok(
      flagged.every(
        (warning) =>
          /inconnu@example\.net/.test(warning.message) &&
          warning.kind === "note" &&
          warning.field === "actions.forwardTo"
      )
    );
    assert.ok(
      !warnings.some((warning) => /transfère du courrier à marie\.perso/.test(warning.message)),
      "an own account is not flagged"
    );
  });
});
