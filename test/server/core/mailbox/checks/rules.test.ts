import assert from "node:assert/strict";
import type { RuleInfo } from "../../../../../server/core/mailbox/mailboxData.js";
import { rules } from "../../../../../server/core/mailbox/checks/rules.js";
import { mailbox, recipient, rule, run, UNAVAILABLE_REASONS } from "../mailboxFixture.js";

/** The rules check on a mailbox of marie@hotmail.fr holding these rules. */
const audit = (...list: RuleInfo[]) => run(rules, mailbox({ rules: list }));

describe("inbox rules check (server/core/mailbox/checks/rules)", () => {
  describe("forwarding out of the mailbox", () => {
    // Graph's messageRuleActions: each of these sends the message to other recipients.
    for (const action of ["forwardTo", "redirectTo", "forwardAsAttachmentTo"])
      it(`warns of an enabled rule whose ${action} sends mail to another address`, () => {
        assert.deepEqual(
          audit(rule("To my Gmail", { actions: { [action]: [recipient("marie.d@gmail.com")] } })),
          [
            {
              id: "mailbox.rules.forwardsOut",
              severity: "warning",
              params: { rule: "To my Gmail", to: { list: ["marie.d@gmail.com"] } },
            },
          ]
        );
      });

    it("lists every outside address of a rule, forward then redirect then as attachment", () => {
      const [finding] = audit(
        rule("Everywhere", {
          actions: {
            forwardAsAttachmentTo: [recipient("c@example.org")],
            redirectTo: [recipient("b@example.org")],
            forwardTo: [recipient("a@example.org"), recipient("a2@example.org")],
          },
        })
      );
      assert.deepEqual(finding!.params!.to, {
        list: ["a@example.org", "a2@example.org", "b@example.org", "c@example.org"],
      });
    });

    it("does not count the mailbox's own address, whatever its case, as outside", () => {
      assert.deepEqual(
        audit(rule("Copy to me", { actions: { forwardTo: [recipient("Marie@Hotmail.FR")] } })),
        [{ id: "mailbox.rules.ok", severity: "ok", params: { count: 1 } }]
      );
      const [finding] = audit(
        rule("Copy to me and Paul", {
          actions: { forwardTo: [recipient("marie@hotmail.fr"), recipient("paul@example.org")] },
        })
      );
      assert.deepEqual(finding!.params!.to, { list: ["paul@example.org"] });
    });

    it("counts every address as outside when the mailbox's own address could not be read", () => {
      const findings = run(
        rules,
        mailbox({
          user: { unavailable: "error" },
          rules: [rule("Copy", { actions: { forwardTo: [recipient("marie@hotmail.fr")] } })],
        })
      );
      assert.deepEqual(findings, [
        {
          id: "mailbox.rules.forwardsOut",
          severity: "warning",
          params: { rule: "Copy", to: { list: ["marie@hotmail.fr"] } },
        },
      ]);
    });

    it("skips recipients without an address", () => {
      const [finding] = audit(
        rule("Odd", {
          actions: {
            forwardTo: [{}, { emailAddress: {} }, { emailAddress: { address: "" } }],
            redirectTo: [recipient("paul@example.org")],
          },
        })
      );
      assert.deepEqual(finding!.params!.to, { list: ["paul@example.org"] });
      assert.deepEqual(
        audit(rule("Nobody", { actions: { forwardTo: [{}, { emailAddress: {} }] } })),
        [{ id: "mailbox.rules.ok", severity: "ok", params: { count: 1 } }]
      );
    });

    it("ignores a forwarding action that is not a list of recipients", () => {
      assert.deepEqual(
        audit(rule("Broken", { actions: { forwardTo: "paul@example.org", redirectTo: null } })),
        [{ id: "mailbox.rules.ok", severity: "ok", params: { count: 1 } }]
      );
    });

    it("does not warn of a disabled forwarding rule: it only says the rule is off", () => {
      assert.deepEqual(
        audit(
          rule("Old forward", {
            isEnabled: false,
            actions: { forwardTo: [recipient("paul@example.org")] },
          })
        ),
        [{ id: "mailbox.rules.disabled", severity: "info", params: { rule: "Old forward" } }]
      );
    });
  });

  describe("rules that delete", () => {
    for (const action of ["delete", "permanentDelete"])
      it(`warns of an enabled rule with ${action}`, () => {
        assert.deepEqual(audit(rule("Bin it", { actions: { [action]: true } })), [
          { id: "mailbox.rules.deletes", severity: "warning", params: { rule: "Bin it" } },
        ]);
      });

    it("does not warn when delete and permanentDelete are false", () => {
      assert.deepEqual(
        audit(rule("Keep", { actions: { delete: false, permanentDelete: false } })),
        [{ id: "mailbox.rules.ok", severity: "ok", params: { count: 1 } }]
      );
    });

    it("only says a disabled deleting rule is off", () => {
      assert.deepEqual(
        audit(rule("Bin it", { isEnabled: false, actions: { permanentDelete: true } })),
        [{ id: "mailbox.rules.disabled", severity: "info", params: { rule: "Bin it" } }]
      );
    });
  });

  it("warns of a rule Outlook marks in error", () => {
    assert.deepEqual(audit(rule("Move to gone folder", { hasError: true })), [
      { id: "mailbox.rules.inError", severity: "warning", params: { rule: "Move to gone folder" } },
    ]);
  });

  it("says a disabled rule is off", () => {
    assert.deepEqual(audit(rule("Holiday", { isEnabled: false })), [
      { id: "mailbox.rules.disabled", severity: "info", params: { rule: "Holiday" } },
    ]);
  });

  it("reports every problem of a rule, forwarding, error then deletion, and rules in their order", () => {
    assert.deepEqual(
      audit(
        rule("First", {
          hasError: true,
          actions: { forwardTo: [recipient("paul@example.org")], delete: true },
        }),
        rule("Fine"),
        rule("Last", { isEnabled: false, hasError: true })
      ).map((finding) => `${finding.id} ${String(finding.params!.rule)}`),
      [
        "mailbox.rules.forwardsOut First",
        "mailbox.rules.inError First",
        "mailbox.rules.deletes First",
        "mailbox.rules.inError Last",
        "mailbox.rules.disabled Last",
      ]
    );
  });

  it("says the rules are fine, with how many there are, when none has a problem", () => {
    assert.deepEqual(audit(rule("Newsletters"), rule("Bills")), [
      { id: "mailbox.rules.ok", severity: "ok", params: { count: 2 } },
    ]);
    assert.deepEqual(audit(), [{ id: "mailbox.rules.ok", severity: "ok", params: { count: 0 } }]);
  });

  it("says rules are not available for this account when Graph refuses to show them", () => {
    assert.deepEqual(run(rules, mailbox({ rules: { unavailable: "denied" } })), [
      { id: "mailbox.rules.notAvailable", severity: "info", params: { what: { term: "rules" } } },
    ]);
  });

  it("says it could not check the rules, and why, when they could not be read", () => {
    for (const unavailable of UNAVAILABLE_REASONS.filter((reason) => reason !== "denied"))
      assert.deepEqual(
        run(rules, mailbox({ rules: { unavailable } })),
        [
          {
            id: `mailbox.couldNotCheck.${unavailable}`,
            severity: "info",
            params: { what: { term: "rules" } },
          },
        ],
        unavailable
      );
  });
});
