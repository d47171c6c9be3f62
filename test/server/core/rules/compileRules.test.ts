import assert from "node:assert/strict";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import type { Rule } from "@contracts/rules.js";

const forwarding: Rule = {
  name: "Tout vers ailleurs",
  enabled: true,
  conditions: { sentToAddresses: ["marie.perso@gmail.com"] },
  actions: { forwardTo: ["inconnu@example.net", "marie.perso@gmail.com"] },
};

describe("compileRules (server/core/rules)", () => {
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
