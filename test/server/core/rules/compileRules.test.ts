import assert from "node:assert/strict";
import { frenchTypographyProblems } from "../../../helpers/catalogs.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { TARGETS, type Rule } from "@contracts/rules.js";

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

describe("compileRules: one artifact per target (server/core/rules)", () => {
  const readOnly: Rule = { name: "Lu", actions: { markAsRead: true } };

  it("compiles every target, in order, when none is named, each with the file its client loads", () => {
    const { artifacts } = compileRules([readOnly], { locale: "en" });
    assert.deepEqual(
      artifacts.map(({ target, filename, mediaType }) => [target, filename, mediaType]),
      [
        ["graph", "graph-message-rules.json", "application/json"],
        ["exchange-powershell", "mailbridge-rules.ps1", "text/plain"],
        ["outlook-classic", "outlook-rules-steps.txt", "text/plain; charset=utf-8"],
        ["thunderbird", "msgFilterRules.dat", "text/plain"],
        // RFC 5228 registers "application/sieve" as Sieve's media type.
        ["sieve", "mailbridge.sieve", "application/sieve"],
        ["gmail", "mailFilters.xml", "application/xml"],
      ]
    );
    assert.deepEqual(
      artifacts.map((artifact) => artifact.target),
      [...TARGETS]
    );
  });

  it("compiles only the named targets, in the order named", () => {
    const { artifacts } = compileRules([readOnly], { locale: "en", targets: ["sieve", "graph"] });
    assert.deepEqual(
      artifacts.map((artifact) => artifact.target),
      ["sieve", "graph"]
    );
  });

  it("shows the inbox under the locale's default name, or under the mailbox's own", () => {
    const rule: Rule = { name: "Gmail", actions: { moveToFolder: ["Inbox", "Gmail"] } };
    const steps = (options: { locale: "en" | "fr"; inboxName?: string }) =>
      compileRules([rule], { ...options, targets: ["outlook-classic"] }).artifacts[0]!.content;
    assert.match(steps({ locale: "fr" }), /Boîte de réception/);
    assert.match(steps({ locale: "en" }), /Inbox/);
    const own = steps({ locale: "fr", inboxName: "Courrier entrant" });
    assert.match(own, /Courrier entrant/);
    assert.doesNotMatch(own, /Boîte de réception/);
  });

  it("names no author address in a Gmail export when the user's accounts are not known", () => {
    const content = (ownAddresses?: string[]) =>
      compileRules([readOnly], {
        locale: "en",
        targets: ["gmail"],
        ...(ownAddresses && { ownAddresses }),
      }).artifacts[0]!.content;
    assert.match(content(), /<email><\/email>/);
    assert.match(content(["marie@hotmail.fr"]), /<email>marie@hotmail\.fr<\/email>/);
  });

  it("gathers each target's warnings with the target named", () => {
    const { warnings } = compileRules([readOnly], {
      locale: "en",
      targets: ["graph", "exchange-powershell"],
    });
    assert.deepEqual(
      warnings.map((warning) => [warning.target, warning.rule]),
      [["exchange-powershell", "*"]]
    );
  });

  it("says in English which address outside the user's accounts a rule forwards to", () => {
    const { warnings } = compileRules([forwarding], { locale: "en", targets: ["graph"] });
    assert.deepEqual(warnings, [
      {
        rule: "Tout vers ailleurs",
        target: "graph",
        kind: "note",
        field: "actions.forwardTo",
        message:
          "This rule forwards mail to inconnu@example.net, which is not one of your accounts. Make sure you mean it: this is how intruders empty mailboxes.",
      },
    ]);
  });

  it("counts as the user's own every given address and every account a rule receives through, in any case", () => {
    const rules: Rule[] = [
      {
        name: "Via",
        conditions: { receivedThroughAccount: "Via@Gmail.com" },
        actions: { forwardTo: ["via@gmail.com", "GIVEN@hotmail.fr", "stranger@example.net"] },
      },
    ];
    const flagged = (ownAddresses?: string[]) =>
      compileRules(rules, {
        locale: "en",
        targets: ["graph"],
        ...(ownAddresses && { ownAddresses }),
      })
        .warnings.filter((warning) => warning.field === "actions.forwardTo")
        .map((warning) => /forwards mail to (\S+),/.exec(warning.message)![1]);
    assert.deepEqual(flagged(["given@hotmail.fr"]), ["stranger@example.net"]);
    assert.deepEqual(flagged(), ["GIVEN@hotmail.fr", "stranger@example.net"]);
  });
});
