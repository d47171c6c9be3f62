// mailbridge.sieve, clause by clause: each condition and action is the RFC 5228 command (with the
// fileinto, mailbox, copy, imap4flags and body extensions) a Sieve server runs, strings escaped as
// §2.4.2 says, and every script compiles with Debian's dovecot `sievec`, the real validator.
import assert from "node:assert/strict";
import type { Rule, RuleWarning } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { sieveString } from "../../../../server/core/rules/compilers/sieve.js";
import { sievecErrors, sieveStrings } from "../../../helpers/formats/sieve.js";

const HEADER = [
  '# MailBridge unification rules (RFC 5228). Folder separator: "/" — change it if your server uses ".".',
  'require ["fileinto", "mailbox", "copy", "imap4flags", "body"];',
  "",
];

function sieve(rules: Rule[], locale: "en" | "fr" = "en") {
  const { artifacts, warnings } = compileRules(rules, { locale, targets: ["sieve"] });
  const artifact = artifacts[0]!;
  // compileRules adds its forwarding notes for every target; they are tested in compileRules.test.ts.
  const own = warnings.filter((warning) => !/forwards mail to|transfère du/.test(warning.message));
  return { artifact, script: artifact.content, warnings: own };
}

/** The script of one rule, between the require line and the end. */
const body = (rules: Rule[]) => sieve(rules).script.split("\n").slice(HEADER.length).join("\n");

/** The `if` test the rule compiles to. */
const test = (rule: Omit<Rule, "actions">) =>
  /^if (.*) \{$/m.exec(body([{ ...rule, actions: { markAsRead: true } }]))?.[1];

const leftOut = (warnings: RuleWarning[]) =>
  warnings.filter((warning) => warning.kind === "left-out").map((warning) => warning.field);

describe("Sieve compiler (server/core/rules)", () => {
  it("writes mailbridge.sieve as application/sieve, requiring exactly the extensions it uses", async () => {
    const { artifact, script } = sieve([{ name: "Read", actions: { markAsRead: true } }]);
    assert.equal(artifact.filename, "mailbridge.sieve");
    assert.equal(artifact.mediaType, "application/sieve");
    assert.equal(
      script,
      [...HEADER, '# "Read"', "if true {", '  addflag "\\\\Seen";', "}", ""].join("\n")
    );
    assert.deepEqual(await sievecErrors([script]), []);
  });

  it("writes an empty rule set as the header and the require line alone", async () => {
    const { script, warnings } = sieve([]);
    assert.equal(script, [...HEADER, "", ""].join("\n"));
    assert.deepEqual(warnings, []);
    assert.deepEqual(await sievecErrors([script]), []);
  });

  it("quotes strings as RFC 5228 §2.4.2 says: only backslash and quote are escaped", () => {
    assert.equal(sieveString('a "b" c\\d'), '"a \\"b\\" c\\\\d"');
    assert.equal(sieveString("line\nbreak\ttab é"), '"line\nbreak\ttab é"');
    assert.equal(sieveString(""), '""');
  });

  describe("conditions", () => {
    it("tests senders with address :is on From, any of the list", () => {
      assert.equal(
        test({ name: "F", conditions: { fromAddresses: ["a@example.org", "b@example.org"] } }),
        'address :is "from" ["a@example.org", "b@example.org"]'
      );
    });

    it("tests recipients with address :is on both To and Cc", () => {
      assert.equal(
        test({ name: "T", conditions: { sentToAddresses: ["me@example.org"] } }),
        'address :is ["to", "cc"] ["me@example.org"]'
      );
    });

    it("tests the subject with header :contains", () => {
      assert.equal(
        test({ name: "S", conditions: { subjectContains: ["facture", "invoice"] } }),
        'header :contains "subject" ["facture", "invoice"]'
      );
    });

    it("tests the text body with the body extension's :text :contains", () => {
      assert.equal(
        test({ name: "B", conditions: { bodyContains: ["payé"] } }),
        'body :text :contains ["payé"]'
      );
    });

    it("tests named headers with header :contains, any of them", () => {
      assert.equal(
        test({
          name: "H",
          conditions: { headerContains: ["X-Forwarded-For: me@gmail.com", "List-Id:news"] },
        }),
        'anyof (header :contains "X-Forwarded-For" "me@gmail.com", header :contains "List-Id" "news")'
      );
    });

    it("approximates an attachment by a multipart/mixed Content-Type, and says so", () => {
      const { script, warnings } = sieve([
        { name: "A", conditions: { hasAttachments: true }, actions: { markAsRead: true } },
      ]);
      assert.match(script, /^if header :contains "content-type" "multipart\/mixed" \{$/m);
      assert.deepEqual(warnings, [
        {
          rule: "A",
          target: "sieve",
          kind: "approximated",
          field: "conditions.hasAttachments",
          message:
            "Approximation: Sieve has no attachment test; MailBridge tests whether the message is multipart/mixed.",
        },
      ]);
    });

    it("tests the absence of attachments as not multipart/mixed, and says so too", () => {
      const { script, warnings } = sieve([
        { name: "N", conditions: { hasAttachments: false }, actions: { markAsRead: true } },
      ]);
      assert.match(script, /^if not header :contains "content-type" "multipart\/mixed" \{$/m);
      assert.deepEqual(
        warnings.map((warning) => [warning.kind, warning.field]),
        [["approximated", "conditions.hasAttachments"]]
      );
    });

    it("joins several conditions with allof, in the rule model's order", () => {
      assert.equal(
        test({
          name: "All",
          conditions: {
            hasAttachments: true,
            subjectContains: ["s"],
            fromAddresses: ["f@example.org"],
          },
        }),
        'allof (address :is "from" ["f@example.org"], header :contains "subject" ["s"], header :contains "content-type" "multipart/mixed")'
      );
    });

    it("puts exceptions in one not anyof, after the conditions", () => {
      assert.equal(
        test({
          name: "Except",
          conditions: { fromAddresses: ["f@example.org"] },
          exceptions: { subjectContains: ["newsletter"], hasAttachments: false },
        }),
        'allof (address :is "from" ["f@example.org"], not anyof (header :contains "subject" ["newsletter"], not header :contains "content-type" "multipart/mixed"))'
      );
      assert.equal(
        test({ name: "Only except", exceptions: { bodyContains: ["x"] } }),
        'not anyof (body :text :contains ["x"])'
      );
    });

    it("tests true when there is no condition, also with an empty exceptions object", () => {
      assert.equal(test({ name: "Always" }), "true");
      assert.equal(test({ name: "Always", conditions: {}, exceptions: {} }), "true");
    });

    it("keeps a disabled rule switched off by a leading false, and says so in its comment", () => {
      const script = body([
        {
          name: "Off",
          enabled: false,
          conditions: { subjectContains: ["s"] },
          actions: { stopProcessingRules: true },
        },
        { name: "Off too", enabled: false, actions: { stopProcessingRules: true } },
        { name: "On", enabled: true, actions: { stopProcessingRules: true } },
      ]);
      assert.equal(
        script,
        [
          '# (disabled) "Off"',
          'if allof (false, header :contains "subject" ["s"]) {',
          "  stop;",
          "}",
          "",
          '# (disabled) "Off too"',
          "if false {",
          "  stop;",
          "}",
          "",
          '# "On"',
          "if true {",
          "  stop;",
          "}",
          "",
        ].join("\n")
      );
    });

    it("leaves out a header condition or exception without a header name, saying where", () => {
      for (const scope of ["conditions", "exceptions"] as const) {
        const { script, warnings } = sieve([
          {
            name: "No name",
            [scope]: { headerContains: ["X-Named: value", "just a value"] },
            actions: {},
          },
        ]);
        assert.equal(script, [...HEADER, "", ""].join("\n"));
        assert.deepEqual(warnings, [
          {
            rule: "No name",
            target: "sieve",
            kind: "left-out",
            field: `${scope}.headerContains`,
            message: 'Rule left out: Sieve needs a header name: write "Header-Name: value".',
          },
        ]);
      }
    });

    it("leaves out the received-through account, which only Outlook's client rules know", () => {
      for (const scope of ["conditions", "exceptions"] as const) {
        const { script, warnings } = sieve(
          [
            {
              name: "Through",
              [scope]: { receivedThroughAccount: "me@gmail.com" },
              actions: { markAsRead: true },
            },
          ],
          "fr"
        );
        assert.equal(script, [...HEADER, "", ""].join("\n"));
        assert.deepEqual(leftOut(warnings), [`${scope}.receivedThroughAccount`]);
        assert.equal(
          warnings[0]!.message.replace(/[\u00a0\u202f]/g, " "),
          "Règle non incluse : « via le compte spécifié » n’existe que dans les règles d’Outlook sur le poste."
        );
      }
    });
  });

  describe("actions", () => {
    it("runs the actions in a fixed order: flags, copy, redirects, move, stop", () => {
      assert.equal(
        body([
          {
            name: "Everything",
            actions: {
              stopProcessingRules: true,
              moveToFolder: ["Inbox", "Factures"],
              forwardTo: ["a@example.org", "b@example.org"],
              copyToFolder: ["Archives", "2024"],
              assignCategories: ["Compta", "$Important"],
              markAsRead: true,
            },
          },
        ]),
        [
          '# "Everything"',
          "if true {",
          '  addflag "\\\\Seen";',
          '  addflag ["Compta", "$Important"];',
          '  fileinto :copy :create "Archives/2024";',
          '  redirect :copy "a@example.org";',
          '  redirect :copy "b@example.org";',
          '  fileinto :create "INBOX/Factures";',
          "  stop;",
          "}",
          "",
        ].join("\n")
      );
    });

    it("writes a rule without any action as an empty block", () => {
      assert.equal(body([{ name: "Nothing", actions: {} }]), '# "Nothing"\nif true {\n\n}\n');
    });

    it("names the inbox INBOX, as IMAP does, whatever its case, and only as the first folder", () => {
      const script = body([
        { name: "Move", actions: { moveToFolder: ["inbox"] } },
        { name: "Copy", actions: { copyToFolder: ["Archives", "Inbox"] } },
      ]);
      assert.match(script, /^ {2}fileinto :create "INBOX";$/m);
      assert.match(script, /^ {2}fileinto :copy :create "Archives\/Inbox";$/m);
    });

    it("keeps only the categories that are IMAP keywords (atoms), and says the others are left out", () => {
      const { script, warnings } = sieve([
        {
          name: "Tags",
          actions: { assignCategories: ["Work", "two words", "a(b)", 'q"uote', "a\\b", "ok-1"] },
        },
        { name: "None kept", actions: { assignCategories: ["Été", "x y"] } },
        { name: "All kept", actions: { assignCategories: ["Later"] } },
      ]);
      assert.match(script, /# "Tags"\nif true \{\n {2}addflag \["Work", "ok-1"\];\n\}/);
      assert.match(script, /# "None kept"\nif true \{\n\n\}/);
      assert.match(script, /# "All kept"\nif true \{\n {2}addflag \["Later"\];\n\}/);
      assert.deepEqual(
        warnings.map((warning) => [warning.rule, warning.kind, warning.field]),
        [
          ["Tags", "approximated", "actions.assignCategories"],
          ["None kept", "approximated", "actions.assignCategories"],
        ]
      );
      assert.equal(
        warnings[0]!.message,
        "Approximation: categories that are not single words cannot become IMAP keywords and are left out."
      );
    });

    it("never makes a keyword of IMAP's list wildcards % and *, which are not atom characters", () => {
      const { script, warnings } = sieve([
        { name: "Wild", actions: { assignCategories: ["100%", "a*", "$Done"] } },
      ]);
      assert.match(script, /^ {2}addflag \["\$Done"\];$/m);
      assert.deepEqual(leftOut(warnings), []);
      assert.equal(warnings.length, 1);
    });

    it("leaves out a rule whose moved or copied folder name holds the separator /", () => {
      for (const action of ["moveToFolder", "copyToFolder"] as const) {
        const { script, warnings } = sieve([
          { name: "Slash", actions: { [action]: ["Inbox", "A/B"] } },
          { name: "Kept", actions: { [action]: ["Inbox", "A-B"] } },
        ]);
        assert.doesNotMatch(script, /Slash|A\/B/);
        assert.match(script, /# "Kept"/);
        assert.deepEqual(warnings, [
          {
            rule: "Slash",
            target: "sieve",
            kind: "left-out",
            field: `actions.${action}`,
            message: 'Rule left out: a folder name contains "/", the folder separator in Sieve.',
          },
        ]);
      }
    });

    it("leaves out a redirect to an address that is not plain printable ASCII", () => {
      const { script, warnings } = sieve([
        { name: "Accent", actions: { forwardTo: ["ok@example.org", "élodie@example.org"] } },
        { name: "Tab", actions: { forwardTo: ["a\t@example.org"] } },
        { name: "Tilde", actions: { forwardTo: ["~a@example.org"] } },
      ]);
      assert.doesNotMatch(script, /Accent|Tab/);
      assert.match(script, /^ {2}redirect :copy "~a@example.org";$/m);
      assert.deepEqual(
        warnings.map((warning) => [warning.rule, warning.field, warning.message]),
        [
          [
            "Accent",
            "actions.forwardTo",
            "Rule left out: Sieve redirect needs a plain ASCII address (no accents).",
          ],
          [
            "Tab",
            "actions.forwardTo",
            "Rule left out: Sieve redirect needs a plain ASCII address (no accents).",
          ],
        ]
      );
    });
  });

  it("says what it leaves out or approximates, in English and in French", () => {
    const rules: Rule[] = [
      { name: "Header", conditions: { headerContains: ["no name"] }, actions: {} },
      { name: "Attachment", conditions: { hasAttachments: true }, actions: {} },
      { name: "Through", conditions: { receivedThroughAccount: "me@gmail.com" }, actions: {} },
      { name: "Slash", actions: { moveToFolder: ["A/B"] } },
      { name: "Accent", actions: { forwardTo: ["élodie@example.org"] } },
      { name: "Tags", actions: { assignCategories: ["two words"] } },
    ];
    const messages = (locale: "en" | "fr") =>
      sieve(rules, locale).warnings.map((warning) =>
        warning.message.replace(/[\u00a0\u202f]/g, " ")
      );
    assert.deepEqual(messages("en"), [
      'Rule left out: Sieve needs a header name: write "Header-Name: value".',
      "Approximation: Sieve has no attachment test; MailBridge tests whether the message is multipart/mixed.",
      'Rule left out: "through the specified account" exists only in Outlook\'s client rules.',
      'Rule left out: a folder name contains "/", the folder separator in Sieve.',
      "Rule left out: Sieve redirect needs a plain ASCII address (no accents).",
      "Approximation: categories that are not single words cannot become IMAP keywords and are left out.",
    ]);
    assert.deepEqual(messages("fr"), [
      "Règle non incluse : Sieve a besoin d’un nom d’en-tête : écrivez « Nom-En-tête: valeur ».",
      "Approximation : Sieve n’a pas de test de pièce jointe ; MailBridge teste si le message est multipart/mixed.",
      "Règle non incluse : « via le compte spécifié » n’existe que dans les règles d’Outlook sur le poste.",
      "Règle non incluse : un nom de dossier contient « / », le séparateur de dossiers de Sieve.",
      "Règle non incluse : la redirection Sieve exige une adresse en ASCII simple (sans accents).",
      "Approximation : les catégories qui ne sont pas un seul mot ne peuvent pas devenir des mots-clés IMAP et sont omises.",
    ]);
  });

  it("escapes every user string, names in comments as JSON, and sievec compiles the result", async () => {
    const rules: Rule[] = [
      {
        name: 'Quote " back\\slash\nnew line',
        conditions: {
          subjectContains: ['say "hi"', "C:\\path\\"],
          headerContains: ['X-Odd: a "b" \\ c'],
        },
        actions: { moveToFolder: ["Archives", 'quo"te\\d'], forwardTo: ['"q"@example.org'] },
      },
      {
        name: "Second",
        enabled: false,
        exceptions: { fromAddresses: ["x@example.org"] },
        actions: { markAsRead: true },
      },
    ];
    const { script } = sieve(rules);
    assert.equal(
      script,
      [
        ...HEADER,
        '# "Quote \\" back\\\\slash\\nnew line"',
        'if allof (header :contains "subject" ["say \\"hi\\"", "C:\\\\path\\\\"], anyof (header :contains "X-Odd" "a \\"b\\" \\\\ c")) {',
        '  redirect :copy "\\"q\\"@example.org";',
        '  fileinto :create "Archives/quo\\"te\\\\d";',
        "}",
        "",
        '# (disabled) "Second"',
        'if allof (false, not anyof (address :is "from" ["x@example.org"])) {',
        '  addflag "\\\\Seen";',
        "}",
        "",
      ].join("\n")
    );
    assert.deepEqual(sieveStrings(script), [
      "fileinto",
      "mailbox",
      "copy",
      "imap4flags",
      "body",
      "subject",
      'say "hi"',
      "C:\\path\\",
      "X-Odd",
      'a "b" \\ c',
      '"q"@example.org',
      'Archives/quo"te\\d',
      "from",
      "x@example.org",
      "\\Seen",
    ]);
    assert.deepEqual(await sievecErrors([script]), []);
  });
});
