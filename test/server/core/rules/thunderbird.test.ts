// msgFilterRules.dat, clause by clause: the exact lines Thunderbird's filter list holds for each
// condition and action (version 9: name, enabled, type, action/actionValue pairs, then one condition
// of `AND|OR (attribute,operator,value)` terms), what is left out and why. The real Thunderbird
// reads such files in thunderbirdReads.test.ts; every file here is also read by our reader of the
// format, which follows Thunderbird's own.
import assert from "node:assert/strict";
import type { Rule, RuleWarning } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { parseThunderbird } from "../../../helpers/formats/thunderbird.js";

const HEADER = ['version="9"', 'logging="no"'];

function thunderbird(rules: Rule[], locale: "en" | "fr" = "en") {
  const { artifacts, warnings } = compileRules(rules, { locale, targets: ["thunderbird"] });
  const artifact = artifacts[0]!;
  // Our reader throws on anything that is not key="value" lines.
  parseThunderbird(artifact.content);
  // compileRules adds its forwarding notes for every target; they are tested in compileRules.test.ts.
  const own = warnings
    .filter((warning) => !/forwards mail to|transfère du/.test(warning.message))
    .map((warning) => ({ ...warning, message: warning.message.replace(/[\u00a0\u202f]/g, " ") }));
  return { artifact, lines: artifact.content.split("\n"), warnings: own };
}

/** The condition line of a rule with one action. */
const conditionOf = (rule: Omit<Rule, "actions">) =>
  thunderbird([{ ...rule, actions: { markAsRead: true } }]).lines.find((line) =>
    line.startsWith("condition=")
  );

const fields = (warnings: RuleWarning[]) =>
  warnings.map((warning) => [warning.rule, warning.kind, warning.field]);

/** A rule that is left out: nothing after the header, and one left-out warning. */
function leftOut(rule: Omit<Rule, "actions">, locale: "en" | "fr" = "en") {
  const { artifact, warnings } = thunderbird([{ ...rule, actions: { markAsRead: true } }], locale);
  assert.equal(artifact.content, `${HEADER.join("\n")}\n`);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.kind, "left-out");
  return { field: warnings[0]!.field, message: warnings[0]!.message };
}

describe("Thunderbird compiler (server/core/rules)", () => {
  it("writes msgFilterRules.dat as text, version 9 without logging, even with no rule", () => {
    const { artifact, warnings } = thunderbird([]);
    assert.equal(artifact.filename, "msgFilterRules.dat");
    assert.equal(artifact.mediaType, "text/plain");
    assert.equal(artifact.content, 'version="9"\nlogging="no"\n');
    assert.deepEqual(warnings, []);
  });

  it("writes each filter as name, enabled, type 17 (on arrival and by hand), actions, condition", () => {
    const { artifact, warnings } = thunderbird([
      {
        name: "Read",
        conditions: { fromAddresses: ["a@example.org"] },
        actions: { markAsRead: true },
      },
      { name: "Off", enabled: false, actions: { stopProcessingRules: true } },
      { name: "On", enabled: true, actions: { markAsRead: true } },
    ]);
    assert.equal(
      artifact.content,
      [
        ...HEADER,
        'name="Read"',
        'enabled="yes"',
        'type="17"',
        'action="Mark read"',
        'condition="AND (from,is,a@example.org)"',
        'name="Off"',
        'enabled="no"',
        'type="17"',
        'action="Stop execution"',
        'condition="ALL"',
        'name="On"',
        'enabled="yes"',
        'type="17"',
        'action="Mark read"',
        'condition="ALL"',
        "",
      ].join("\n")
    );
    assert.deepEqual(warnings, []);
  });

  describe("conditions", () => {
    it("tests each field with its own attribute and operator", () => {
      assert.equal(
        conditionOf({
          name: "All fields",
          conditions: {
            hasAttachments: true,
            headerContains: ["X-Mailer: Outlook"],
            bodyContains: ["payé"],
            subjectContains: ["facture"],
            sentToAddresses: ["me@example.org"],
            fromAddresses: ["shop@example.com"],
          },
        }),
        'condition="AND (from,is,shop@example.com) AND (to or cc,is,me@example.org) AND (subject,contains,facture) AND (body,contains,payé) AND (\\"X-Mailer\\",contains,Outlook) AND (has attachment status,is,true)"'
      );
    });

    it("negates each field for exceptions, after the conditions", () => {
      assert.equal(
        conditionOf({
          name: "Exceptions",
          conditions: { hasAttachments: false },
          exceptions: {
            fromAddresses: ["boss@example.org"],
            sentToAddresses: ["list@example.org"],
            subjectContains: ["urgent"],
            bodyContains: ["unsubscribe"],
            headerContains: ["List-Id:news"],
            hasAttachments: true,
          },
        }),
        "condition=\"AND (has attachment status,isn't,true) AND (from,isn't,boss@example.org) AND (to or cc,isn't,list@example.org) AND (subject,doesn't contain,urgent) AND (body,doesn't contain,unsubscribe) AND (\\\"List-Id\\\",doesn't contain,news) AND (has attachment status,isn't,true)\""
      );
      assert.equal(
        conditionOf({ name: "Attachment exception", exceptions: { hasAttachments: false } }),
        'condition="AND (has attachment status,is,true)"'
      );
    });

    it("matches everything with ALL when there is no condition", () => {
      assert.equal(conditionOf({ name: "Always" }), 'condition="ALL"');
      assert.equal(
        conditionOf({ name: "Empty", conditions: {}, exceptions: {} }),
        'condition="ALL"'
      );
    });

    it("joins the terms of a single any-of list with OR", () => {
      assert.equal(
        conditionOf({ name: "Any sender", conditions: { fromAddresses: ["a@x.org", "b@x.org"] } }),
        'condition="OR (from,is,a@x.org) OR (from,is,b@x.org)"'
      );
      assert.equal(
        conditionOf({ name: "Any header", conditions: { headerContains: ["X-A: 1", "X-B: 2"] } }),
        'condition="OR (\\"X-A\\",contains,1) OR (\\"X-B\\",contains,2)"'
      );
    });

    it("leaves out an any-of list mixed with another condition or an exception", () => {
      const message =
        'Rule left out: Thunderbird cannot mix "any of" lists with other conditions in one filter; split the rule.';
      for (const rule of [
        { name: "List and one", conditions: { subjectContains: ["a", "b"], bodyContains: ["c"] } },
        {
          name: "List and attachment",
          conditions: { subjectContains: ["a", "b"], hasAttachments: true },
        },
        {
          name: "Two lists",
          conditions: { subjectContains: ["a", "b"], bodyContains: ["c", "d"] },
        },
        {
          name: "List and exception",
          conditions: { subjectContains: ["a", "b"] },
          exceptions: { bodyContains: ["c"] },
        },
      ])
        assert.deepEqual(leftOut(rule), { field: "conditions", message }, rule.name);
      assert.deepEqual(
        leftOut(
          {
            name: "Fr",
            conditions: { fromAddresses: ["a@x.org", "b@x.org"], hasAttachments: false },
          },
          "fr"
        ),
        {
          field: "conditions",
          message:
            "Règle non incluse : Thunderbird ne sait pas combiner des listes « l’un de » avec d’autres conditions dans un filtre ; scindez la règle.",
        }
      );
    });

    it("joins single values of several fields and an exception list with AND", () => {
      assert.equal(
        conditionOf({
          name: "Singles",
          conditions: { subjectContains: ["a"], bodyContains: ["b"] },
          exceptions: { fromAddresses: ["c@x.org", "d@x.org"] },
        }),
        "condition=\"AND (subject,contains,a) AND (body,contains,b) AND (from,isn't,c@x.org) AND (from,isn't,d@x.org)\""
      );
    });

    it("leaves out a header entry without a header name, naming where it is", () => {
      for (const scope of ["conditions", "exceptions"] as const) {
        assert.deepEqual(
          leftOut({ name: "No name", [scope]: { headerContains: ["X-A: 1", "just text"] } }),
          {
            field: `${scope}.headerContains`,
            message: 'Rule left out: Thunderbird needs a header name: write "Header-Name: value".',
          }
        );
        assert.deepEqual(
          leftOut({ name: "No name", [scope]: { headerContains: ["X-A:"] } }, "fr"),
          {
            field: `${scope}.headerContains`,
            message:
              "Règle non incluse : Thunderbird a besoin d’un nom d’en-tête : écrivez « Nom-En-tête: valeur ».",
          }
        );
      }
    });

    it("leaves out a header name with a quote, a comma or a backslash, which a term cannot hold", () => {
      for (const entry of ['X-"Q": v', "X,Y: v", "X\\Y: v"])
        assert.deepEqual(leftOut({ name: "Odd name", exceptions: { headerContains: [entry] } }), {
          field: "exceptions.headerContains",
          message:
            "Rule left out: Thunderbird cannot test a header whose name holds a quote, a comma or a backslash.",
        });
      assert.deepEqual(
        leftOut({ name: "Odd name", conditions: { headerContains: ["X-Ok: v", "X,Y: v"] } }, "fr"),
        {
          field: "conditions.headerContains",
          message:
            "Règle non incluse : Thunderbird ne sait pas tester un en-tête dont le nom contient un guillemet, une virgule ou une barre oblique inverse.",
        }
      );
    });

    it("quotes and escapes values as Thunderbird writes them, inside the escaped condition line", () => {
      assert.equal(
        conditionOf({
          name: "Values",
          conditions: { subjectContains: ['say "hi" (again)'], bodyContains: ["C:\\dir\\"] },
        }),
        'condition="AND (subject,contains,\\"say \\\\"hi\\\\" (again)\\") AND (body,contains,C:\\dir\\)"'
      );
    });

    it("leaves out a value Thunderbird would cut short (quoted, ending with a backslash), naming its field", () => {
      for (const value of ["a) b\\", " b\\", '"b\\'])
        assert.deepEqual(leftOut({ name: "Cut", exceptions: { subjectContains: ["ok", value] } }), {
          field: "exceptions.subjectContains",
          message:
            'Rule left out: Thunderbird cannot read back a condition value that ends with "\\" and holds ")" or starts with a space or a quote.',
        });
      assert.equal(
        leftOut({ name: "Cut", conditions: { headerContains: ["X-Tag: a) b\\"] } }).field,
        "conditions.headerContains"
      );
      assert.deepEqual(leftOut({ name: "Cut", conditions: { bodyContains: ["a) b\\"] } }, "fr"), {
        field: "conditions.bodyContains",
        message:
          "Règle non incluse : Thunderbird ne sait pas relire une valeur de condition qui finit par « \\ » et contient « ) » ou commence par une espace ou un guillemet.",
      });
    });

    it("says which account's filters a received-through condition or exception belongs in", () => {
      const { lines, warnings } = thunderbird([
        {
          name: "Through",
          conditions: { receivedThroughAccount: "me@gmail.com" },
          exceptions: { receivedThroughAccount: "other@gmail.com" },
          actions: { markAsRead: true },
        },
      ]);
      assert.ok(lines.includes('condition="ALL"'));
      assert.deepEqual(warnings, [
        {
          rule: "Through",
          target: "thunderbird",
          kind: "note",
          field: "conditions.receivedThroughAccount",
          message:
            "Thunderbird filters belong to one account: import this filter into the filters of me@gmail.com.",
        },
        {
          rule: "Through",
          target: "thunderbird",
          kind: "note",
          field: "exceptions.receivedThroughAccount",
          message:
            "Thunderbird filters belong to one account: import this filter into the filters of every account except other@gmail.com.",
        },
      ]);
      assert.deepEqual(
        thunderbird(
          [
            {
              name: "Via",
              conditions: { receivedThroughAccount: "me@gmail.com" },
              exceptions: { receivedThroughAccount: "other@gmail.com" },
              actions: { markAsRead: true },
            },
          ],
          "fr"
        ).warnings.map((warning) => warning.message),
        [
          "Les filtres Thunderbird appartiennent à un compte : importez ce filtre dans ceux de me@gmail.com.",
          "Les filtres Thunderbird appartiennent à un compte : importez ce filtre dans ceux de chaque compte sauf other@gmail.com.",
        ]
      );
    });
  });

  describe("names and values Thunderbird cannot read back", () => {
    it("leaves out a rule with a line break in its name or in any value it writes, naming the field", () => {
      const cases: [Omit<Rule, "actions">, string][] = [
        [{ name: "Line\nbreak" }, "name"],
        [{ name: "a", conditions: { fromAddresses: ["a@x.org\r"] } }, "conditions.fromAddresses"],
        [
          { name: "a", conditions: { sentToAddresses: ["a@x.org\n"] } },
          "conditions.sentToAddresses",
        ],
        [
          { name: "a", conditions: { subjectContains: ["ok", "x\ny"] } },
          "conditions.subjectContains",
        ],
        [{ name: "a", conditions: { bodyContains: ["x\ny"] } }, "conditions.bodyContains"],
        [{ name: "a", conditions: { headerContains: ["X-A: x\ny"] } }, "conditions.headerContains"],
        [{ name: "a", exceptions: { subjectContains: ["x\ny"] } }, "exceptions.subjectContains"],
        [{ name: "a", exceptions: { fromAddresses: ["x\ny"] } }, "exceptions.fromAddresses"],
      ];
      for (const [rule, field] of cases)
        assert.deepEqual(
          leftOut(rule),
          { field, message: "Rule left out: Thunderbird filters cannot hold line breaks." },
          field
        );
      assert.deepEqual(leftOut({ name: "Ligne\ncoupée" }, "fr"), {
        field: "name",
        message:
          "Règle non incluse : les filtres Thunderbird ne peuvent pas contenir de retour à la ligne.",
      });
      const forward = thunderbird([
        { name: "Fwd", actions: { forwardTo: ["a@x.org", "b@x.org\n"] } },
      ]);
      assert.equal(forward.artifact.content, `${HEADER.join("\n")}\n`);
      assert.deepEqual(fields(forward.warnings), [["Fwd", "left-out", "actions.forwardTo"]]);
    });

    it("leaves out a name ending with a backslash, but keeps such a condition value", () => {
      assert.deepEqual(leftOut({ name: "Ends with \\" }), {
        field: "name",
        message: 'Rule left out: Thunderbird cannot read back a filter name that ends with "\\".',
      });
      assert.deepEqual(leftOut({ name: "Finit par \\" }, "fr"), {
        field: "name",
        message:
          "Règle non incluse : Thunderbird ne sait pas relire un nom de filtre qui finit par « \\ ».",
      });
      assert.equal(
        conditionOf({ name: "Path", conditions: { subjectContains: ["C:\\"] } }),
        'condition="AND (subject,contains,C:\\)"'
      );
    });

    it("writes quotes and backslashes in a name so that they read back exactly", () => {
      const { lines } = thunderbird([{ name: 'A "b" \\" c\\\\d', actions: { markAsRead: true } }]);
      assert.equal(lines[2], 'name="A \\"b\\" \\\\" c\\\\\\d"');
    });
  });

  describe("actions", () => {
    it("writes the actions in a fixed order: read, tags, copy, forwards, move, stop", () => {
      const { lines } = thunderbird([
        {
          name: "Everything",
          actions: {
            stopProcessingRules: true,
            moveToFolder: ["Inbox", "Factures 2024"],
            forwardTo: ["a@example.org", "b@example.org"],
            copyToFolder: ["Archives"],
            assignCategories: ["Work", "My Tag"],
            markAsRead: true,
          },
        },
      ]);
      assert.deepEqual(lines.slice(5), [
        'action="Mark read"',
        'action="AddTag"',
        'actionValue="$label2"',
        'action="AddTag"',
        'actionValue="my=20tag"',
        'action="Copy to folder"',
        'actionValue="mailbox://nobody@Local%20Folders/Archives"',
        'action="Forward"',
        'actionValue="a@example.org"',
        'action="Forward"',
        'actionValue="b@example.org"',
        'action="Move to folder"',
        'actionValue="mailbox://nobody@Local%20Folders/Inbox/Factures%202024"',
        'action="Stop execution"',
        'condition="ALL"',
        "",
      ]);
    });

    it("writes no action line for actions set to false", () => {
      const { lines } = thunderbird([
        {
          name: "False",
          actions: { markAsRead: false, stopProcessingRules: false, forwardTo: ["a@x.org"] },
        },
      ]);
      assert.deepEqual(lines.slice(5), [
        'action="Forward"',
        'actionValue="a@x.org"',
        'condition="ALL"',
        "",
      ]);
    });

    it("tells the user to create the tags first, and that folders point to Local Folders", () => {
      const rules: Rule[] = [
        { name: "Tags", actions: { assignCategories: ["Compta"] } },
        { name: "Move", actions: { moveToFolder: ["Inbox", "A"] } },
        { name: "Copy", actions: { copyToFolder: ["B"] } },
        { name: "Neither", actions: { markAsRead: true } },
      ];
      const folders =
        "folders point to Local Folders; pick the account's folder in Thunderbird's filter editor if needed.";
      const { warnings } = thunderbird(rules);
      assert.deepEqual(
        warnings.map((warning) => [warning.rule, warning.kind, warning.field, warning.message]),
        [
          [
            "Tags",
            "note",
            "actions.assignCategories",
            "create tags with these exact names in Thunderbird (Settings > General > Tags) before importing; the filter names each tag by the key Thunderbird 153 derives from its name (older releases may derive another for names with spaces or accents).",
          ],
          ["Move", "note", "actions.moveToFolder", folders],
          ["Copy", "note", "actions.moveToFolder", folders],
        ]
      );
      assert.deepEqual(
        thunderbird(rules, "fr").warnings.map((warning) => warning.message),
        [
          "créez des étiquettes portant exactement ces noms dans Thunderbird (Paramètres > Général > Étiquettes) avant l’import ; le filtre désigne chaque étiquette par la clé que Thunderbird 153 tire de son nom (des versions plus anciennes peuvent en tirer une autre pour les noms avec espaces ou accents).",
          "les dossiers visent Dossiers locaux ; choisissez le dossier du compte dans l’éditeur de filtres de Thunderbird si besoin.",
          "les dossiers visent Dossiers locaux ; choisissez le dossier du compte dans l’éditeur de filtres de Thunderbird si besoin.",
        ]
      );
    });
  });

  it("keeps the rules around a left-out one, in order", () => {
    const { artifact, warnings } = thunderbird([
      { name: "First", actions: { markAsRead: true } },
      { name: "Left\nout", actions: { markAsRead: true } },
      {
        name: "Also out",
        conditions: { headerContains: ["no name"] },
        actions: { markAsRead: true },
      },
      { name: "Last", actions: { markAsRead: true } },
    ]);
    assert.deepEqual(
      parseThunderbird(artifact.content).map((filter) => filter.name),
      ["First", "Last"]
    );
    assert.deepEqual(fields(warnings), [
      ["Left\nout", "left-out", "name"],
      ["Also out", "left-out", "conditions.headerContains"],
    ]);
  });
});
