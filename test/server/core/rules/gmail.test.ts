// mailFilters.xml against real Gmail filter exports (test/fixtures/external/gmail, from gmailctl's
// test data): the same feed and entry elements in the same order, the same namespaces, and only
// property names those exports use.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Rule, RuleActions } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { CompileContext } from "../../../../server/core/rules/compileContext.js";
import { gmailCompiler } from "../../../../server/core/rules/compilers/gmail.js";
import { fromRoot } from "../../../../server/projectRoot.js";
import {
  childrenNamed,
  localName,
  parseXml,
  type XmlElement,
} from "../../../../scripts/manifest/xmlTree.js";
import { gmailTerms, parseGmail } from "../../../helpers/formats/gmail.js";

const DIR = fromRoot("test/fixtures/external/gmail");
const exports = readdirSync(DIR)
  .filter((name) => name.endsWith(".xml"))
  .map((name) => parseXml(readFileSync(path.join(DIR, name), "utf8")));

/** The element names in order, repeated neighbours collapsed ("entry, entry" → "entry"). */
const shape = (element: XmlElement) =>
  element.children.map(localName).filter((name, index, all) => name !== all[index - 1]);
const entryShape = (entry: XmlElement) =>
  shape(entry)
    .filter((name) => name !== "property")
    .concat("property");

const rules: Rule[] = [
  {
    name: "Everything",
    conditions: {
      fromAddresses: ["a@example.com", "b@example.com"],
      sentToAddresses: ["me@gmail.com"],
      subjectContains: ["facture"],
      bodyContains: ["payé"],
      hasAttachments: true,
      receivedThroughAccount: "me@gmail.com",
    },
    exceptions: { subjectContains: ["newsletter"], hasAttachments: false },
    actions: {
      moveToFolder: ["Inbox", "Factures"],
      markAsRead: true,
      assignCategories: ["Compta"],
      forwardTo: ["me@example.org"],
    },
  },
];
const compiled = compileRules(rules, {
  locale: "en",
  targets: ["gmail"],
  ownAddresses: ["marie@hotmail.fr", "marie@gmail.com"],
}).artifacts[0]!.content;
const ours = parseXml(compiled);

describe("Gmail export as Gmail writes it (server/core/rules)", () => {
  it("has the feed elements of real exports, author included, in their order", () => {
    assert.ok(exports.length >= 4);
    for (const reference of exports) assert.deepEqual(shape(ours), shape(reference));
    assert.deepEqual(ours.attributes, exports[0]!.attributes, "the same namespaces");
    const author = childrenNamed(ours, "author")[0]!;
    assert.deepEqual(
      author.children.map((element) => [localName(element), element.text]),
      [
        ["name", "MailBridge"],
        ["email", "marie@gmail.com"],
      ]
    );
    assert.match(childrenNamed(ours, "id")[0]!.text, /^tag:mail\.google\.com,2008:filters:/);
  });

  it("writes each entry as real exports do: category term=filter, title, content, properties", () => {
    const reference = childrenNamed(exports[0]!, "entry")[0]!;
    for (const entry of childrenNamed(ours, "entry")) {
      assert.deepEqual(entryShape(entry), entryShape(reference));
      assert.equal(childrenNamed(entry, "category")[0]!.attributes.term, "filter");
      assert.equal(childrenNamed(entry, "title")[0]!.text, "Mail Filter");
    }
  });

  it("uses only property names real exports use, and says every criterion in them", () => {
    const known = new Set(
      exports.flatMap((reference) =>
        childrenNamed(reference, "entry").flatMap((entry) =>
          entry.children
            .filter((child) => localName(child) === "property")
            .map((property) => property.attributes.name!)
        )
      )
    );
    const entries = parseGmail(compiled);
    for (const entry of entries)
      for (const name of Object.keys(entry))
        assert.ok(known.has(name), `${name} is not a Gmail property`);
    const [first] = entries;
    assert.deepEqual(gmailTerms(first!.from!), ["a@example.com", "b@example.com"]);
    assert.equal(
      first!.hasTheWord,
      '("payé") deliveredto:"me@gmail.com" has:attachment -(subject:("newsletter") OR (-has:attachment))'
    );
    assert.deepEqual(
      entries.map((entry) => [entry.label, entry.forwardTo]),
      [
        ["Factures", "me@example.org"],
        ["Compta", undefined],
      ]
    );
  });
});

/** The compiler alone, so the only warnings are Gmail's own (not compileRules' forwarding notes). */
function gmail(rules: Rule[], options: { locale?: "en" | "fr"; ownAddresses?: string[] } = {}) {
  const context = new CompileContext("gmail", options.locale ?? "en", options.ownAddresses ?? []);
  const xml = gmailCompiler.compile(rules, context);
  return {
    xml,
    entries: parseGmail(xml),
    warnings: context.warnings.map(({ kind, field, message }) => ({ kind, field, message })),
  };
}
const markRead = { markAsRead: true } as const;

describe("Gmail compiler, clause by clause (server/core/rules)", () => {
  it("writes the whole feed as Gmail imports it, byte for byte", () => {
    const { xml } = gmail(
      [{ name: "R", conditions: { fromAddresses: ["a@example.com"] }, actions: markRead }],
      { ownAddresses: ["marie@gmail.com"] }
    );
    assert.equal(
      xml,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:apps="http://schemas.google.com/apps/2006">',
        "  <title>Mail Filters</title>",
        "  <id>tag:mail.google.com,2008:filters:</id>",
        "  <updated>2026-01-01T00:00:00Z</updated>",
        "  <author>",
        "    <name>MailBridge</name>",
        "    <email>marie@gmail.com</email>",
        "  </author>",
        "  <entry>",
        '    <category term="filter"></category>',
        "    <title>Mail Filter</title>",
        "    <content></content>",
        '    <apps:property name="from" value="&quot;a@example.com&quot;"></apps:property>',
        '    <apps:property name="shouldMarkAsRead" value="true"></apps:property>',
        "  </entry>",
        "</feed>",
        "",
      ].join("\n")
    );
  });

  it("names as author the first Gmail address, else the first own address, else nobody", () => {
    const author = (ownAddresses: string[]) =>
      /<email>(.*)<\/email>/.exec(gmail([], { ownAddresses }).xml)![1];
    assert.equal(
      author(["a@gmail.com.example.org", "b@mygmail.com", "c@GoogleMail.com", "d@gmail.com"]),
      "c@GoogleMail.com"
    );
    assert.equal(author(["marie@hotmail.fr", "m@GMAIL.COM"]), "m@GMAIL.COM");
    assert.equal(author(["marie@hotmail.fr", "marie@outlook.fr"]), "marie@hotmail.fr");
    assert.equal(author([]), "");
    assert.equal(author(["o'neil&co@example.com"]), "o&apos;neil&amp;co@example.com");
  });

  it("writes an empty feed when there is no rule", () => {
    const { xml, entries } = gmail([]);
    assert.deepEqual(entries, []);
    assert.match(xml, /<\/author>\n<\/feed>\n$/);
  });

  it("quotes each from, to and subject term and joins several with OR", () => {
    const { entries, warnings } = gmail([
      {
        name: "R",
        conditions: {
          fromAddresses: ["a@example.com", "b@example.com"],
          sentToAddresses: ["me@gmail.com"],
          subjectContains: ["facture", "relevé de compte", "x'y"],
        },
        actions: markRead,
      },
    ]);
    assert.deepEqual(entries, [
      {
        from: '"a@example.com" OR "b@example.com"',
        to: '"me@gmail.com"',
        subject: `"facture" OR "relevé de compte" OR "x'y"`,
        shouldMarkAsRead: "true",
      },
    ]);
    assert.deepEqual(warnings, []);
  });

  it("searches body words in hasTheWord, in parentheses, and says Gmail searches the whole message", () => {
    for (const [locale, message] of [
      ["en", "Approximation: Gmail searches the whole message, not only the body."],
      ["fr", "Approximation\u00a0: Gmail cherche dans tout le message, pas seulement le corps."],
    ] as const) {
      const { entries, warnings } = gmail(
        [{ name: "R", conditions: { bodyContains: ["payé", "reçu"] }, actions: markRead }],
        { locale }
      );
      assert.deepEqual(entries, [{ hasTheWord: '("payé" OR "reçu")', shouldMarkAsRead: "true" }]);
      assert.deepEqual(warnings, [
        { kind: "approximated", field: "conditions.bodyContains", message },
      ]);
    }
  });

  it("writes the received-through account as deliveredto: and attachments as has:attachment", () => {
    const word = (conditions: Rule["conditions"]) =>
      gmail([{ name: "R", conditions, actions: markRead }]).entries[0]!.hasTheWord;
    assert.equal(word({ receivedThroughAccount: "me@gmail.com" }), 'deliveredto:"me@gmail.com"');
    assert.equal(word({ hasAttachments: true }), "has:attachment");
    assert.equal(word({ hasAttachments: false }), "-has:attachment");
    assert.equal(word({ fromAddresses: ["a@example.com"] }), undefined);
    assert.equal(word({}), undefined);
    assert.equal(
      word({ bodyContains: ["x"], receivedThroughAccount: "me@gmail.com", hasAttachments: true }),
      '("x") deliveredto:"me@gmail.com" has:attachment'
    );
  });

  it("writes the exceptions as one negated search after the conditions' words", () => {
    const { entries } = gmail([
      {
        name: "R",
        conditions: { fromAddresses: ["a@example.com"], hasAttachments: true },
        exceptions: {
          fromAddresses: ["boss@example.com"],
          sentToAddresses: ["list@example.com", "team@example.com"],
          subjectContains: ["urgent"],
          bodyContains: ["confidentiel"],
          receivedThroughAccount: "me@gmail.com",
        },
        actions: markRead,
      },
    ]);
    assert.deepEqual(entries, [
      {
        from: '"a@example.com"',
        hasTheWord:
          'has:attachment -(from:("boss@example.com") OR to:("list@example.com" OR "team@example.com") OR subject:("urgent") OR (("confidentiel") deliveredto:"me@gmail.com"))',
        shouldMarkAsRead: "true",
      },
    ]);
  });

  it("writes exceptions alone as hasTheWord, and no hasTheWord for empty exceptions", () => {
    const word = (exceptions: Rule["exceptions"]) =>
      gmail([{ name: "R", exceptions, actions: markRead }]).entries[0]!.hasTheWord;
    assert.equal(word({ subjectContains: ["pub"] }), '-(subject:("pub"))');
    assert.equal(word({ hasAttachments: true }), "-((has:attachment))");
    assert.equal(word({}), undefined);
  });

  for (const [where, value] of [
    ["a double quote", 'dit "bonjour"'],
    ["a line feed", "ligne 1\nligne 2"],
    ["a carriage return", "ligne 1\rligne 2"],
  ] as const)
    it(`leaves out a rule with ${where} in any searched value, conditions or exceptions`, () => {
      const cases: [Rule, string][] = [
        [
          { name: "R", conditions: { subjectContains: ["ok", value] }, actions: markRead },
          "conditions",
        ],
        [{ name: "R", conditions: { bodyContains: [value] }, actions: markRead }, "conditions"],
        [{ name: "R", conditions: { fromAddresses: [value] }, actions: markRead }, "conditions"],
        [{ name: "R", conditions: { sentToAddresses: [value] }, actions: markRead }, "conditions"],
        [
          { name: "R", conditions: { receivedThroughAccount: value }, actions: markRead },
          "conditions",
        ],
        [{ name: "R", exceptions: { subjectContains: [value] }, actions: markRead }, "exceptions"],
      ];
      for (const [rule, field] of cases) {
        const { entries, warnings } = gmail([rule]);
        assert.deepEqual(entries, [], JSON.stringify(rule));
        assert.deepEqual(warnings, [
          {
            kind: "left-out",
            field,
            message: "Rule left out: Gmail searches cannot contain double quotes or line breaks.",
          },
        ]);
      }
      const fr = gmail(
        [{ name: "R", conditions: { subjectContains: [value] }, actions: markRead }],
        { locale: "fr" }
      );
      assert.equal(
        fr.warnings[0]!.message,
        "Règle non incluse\u00a0: les recherches Gmail ne peuvent pas contenir de guillemets droits ni de retours à la ligne."
      );
    });

  it("keeps quotes and line breaks where Gmail does not search: labels and rule names", () => {
    const { entries } = gmail([
      { name: 'a "b"\nc', actions: { assignCategories: ['Projet "X"'] } },
    ]);
    assert.deepEqual(entries, [{ label: 'Projet "X"' }]);
  });

  it("leaves out a rule that tests headers, in conditions or exceptions", () => {
    for (const side of ["conditions", "exceptions"] as const) {
      const { entries, warnings } = gmail([
        { name: "R", [side]: { headerContains: ["X-Spam: yes"] }, actions: markRead },
      ]);
      assert.deepEqual(entries, []);
      assert.deepEqual(warnings, [
        {
          kind: "left-out",
          field: `${side}.headerContains`,
          message: "Rule left out: Gmail filters cannot test message headers.",
        },
      ]);
    }
    const fr = gmail(
      [{ name: "R", conditions: { headerContains: ["X-Spam: yes"] }, actions: markRead }],
      { locale: "fr" }
    );
    assert.equal(
      fr.warnings[0]!.message,
      "Règle non incluse\u00a0: les filtres Gmail ne savent pas tester les en-têtes."
    );
  });

  it("moves to a folder as a label plus skipping the inbox, the inbox's name left out", () => {
    for (const [locale, message] of [
      [
        "en",
        "Approximation: Gmail has labels, not folders: moving becomes a label plus skipping the inbox.",
      ],
      [
        "fr",
        "Approximation\u00a0: Gmail a des étiquettes, pas des dossiers\u00a0: déplacer devient étiqueter et ne pas afficher dans la boîte de réception.",
      ],
    ] as const) {
      const { entries, warnings } = gmail(
        [{ name: "R", actions: { moveToFolder: ["INBOX", "Factures", "2024"] } }],
        { locale }
      );
      assert.deepEqual(entries, [{ shouldArchive: "true", label: "Factures/2024" }]);
      assert.deepEqual(warnings, [
        { kind: "approximated", field: "actions.moveToFolder", message },
      ]);
    }
    assert.deepEqual(gmail([{ name: "R", actions: { moveToFolder: ["Archives"] } }]).entries, [
      { shouldArchive: "true", label: "Archives" },
    ]);
    assert.deepEqual(
      gmail([{ name: "R", actions: { moveToFolder: ["Archives", "Inbox"] } }]).entries,
      [{ shouldArchive: "true", label: "Archives/Inbox" }],
      "only a leading Inbox is the inbox"
    );
  });

  it("does not skip the inbox for a move to the inbox itself", () => {
    const { entries, warnings } = gmail([
      { name: "R", actions: { moveToFolder: ["inbox"], markAsRead: true } },
    ]);
    assert.deepEqual(entries, [{ shouldMarkAsRead: "true" }]);
    assert.deepEqual(warnings, []);
  });

  it("leaves out a rule whose only action is a move to the inbox, as Gmail needs an action", () => {
    for (const [locale, message] of [
      [
        "en",
        "Rule left out: Gmail would have nothing to do, as mail already arrives in the inbox.",
      ],
      [
        "fr",
        "Règle non incluse\u00a0: Gmail n’aurait rien à faire, le courrier arrive déjà dans la boîte de réception.",
      ],
    ] as const) {
      const { entries, warnings } = gmail(
        [
          {
            name: "R",
            conditions: { fromAddresses: ["a@example.com"] },
            actions: { moveToFolder: ["Inbox"] },
          },
        ],
        { locale }
      );
      assert.deepEqual(entries, []);
      assert.deepEqual(warnings, [{ kind: "left-out", field: "actions", message }]);
    }
  });

  it("copies to a folder as a label that keeps the message in the inbox", () => {
    const { entries, warnings } = gmail([
      { name: "R", actions: { copyToFolder: ["Inbox", "Copies"], markAsRead: true } },
    ]);
    assert.deepEqual(entries, [{ shouldMarkAsRead: "true", label: "Copies" }]);
    assert.deepEqual(warnings, []);
  });

  it("leaves out a rule whose folder name contains the label separator /, naming the field", () => {
    const cases: [RuleActions, string][] = [
      [{ moveToFolder: ["Inbox", "A/B"] }, "actions.moveToFolder"],
      [{ copyToFolder: ["Clients", "Pro/Perso"] }, "actions.copyToFolder"],
      [{ moveToFolder: ["Factures"], copyToFolder: ["Clients/Pro"] }, "actions.copyToFolder"],
      [{ moveToFolder: ["A/B"], copyToFolder: ["C/D"] }, "actions.moveToFolder"],
    ];
    for (const [actions, field] of cases) {
      const { entries, warnings } = gmail([{ name: "R", actions }]);
      assert.deepEqual(entries, []);
      assert.deepEqual(warnings, [
        {
          kind: "left-out",
          field,
          message:
            'Rule left out: a folder name contains "/", which Gmail uses between nested labels.',
        },
      ]);
    }
    assert.equal(
      gmail([{ name: "R", actions: { moveToFolder: ["A/B"] } }], { locale: "fr" }).warnings[0]!
        .message,
      "Règle non incluse\u00a0: un nom de dossier contient «\u00a0/\u00a0», que Gmail utilise entre étiquettes imbriquées."
    );
  });

  it("leaves out a disabled rule, since Gmail imports every filter enabled", () => {
    for (const [locale, message] of [
      ["en", "Rule left out: Gmail filters cannot be imported disabled."],
      ["fr", "Règle non incluse\u00a0: les filtres Gmail ne peuvent pas être importés désactivés."],
    ] as const) {
      const { entries, warnings } = gmail(
        [
          { name: "Off", enabled: false, actions: markRead },
          { name: "On", enabled: true, actions: { copyToFolder: ["Kept"] } },
        ],
        { locale }
      );
      assert.deepEqual(entries, [{ label: "Kept" }]);
      assert.deepEqual(warnings, [{ kind: "left-out", field: "enabled", message }]);
    }
  });

  it("writes categories as labels, one filter per label, each with the same criteria", () => {
    const { entries, warnings } = gmail([
      {
        name: "R",
        conditions: { fromAddresses: ["a@example.com"], bodyContains: ["x"] },
        exceptions: { subjectContains: ["y"] },
        actions: {
          moveToFolder: ["Inbox", "Factures"],
          copyToFolder: ["Copies"],
          markAsRead: true,
          assignCategories: ["Compta", "Perso"],
        },
      },
    ]);
    const criteria = { from: '"a@example.com"', hasTheWord: '("x") -(subject:("y"))' };
    assert.deepEqual(entries, [
      { ...criteria, shouldArchive: "true", shouldMarkAsRead: "true", label: "Factures" },
      { ...criteria, label: "Copies" },
      { ...criteria, label: "Compta" },
      { ...criteria, label: "Perso" },
    ]);
    assert.deepEqual(
      warnings.map(({ kind, field }) => [kind, field]),
      [
        ["approximated", "conditions.bodyContains"],
        ["approximated", "actions.moveToFolder"],
        ["approximated", "actions.assignCategories"],
        ["note", "actions"],
      ]
    );
    assert.equal(warnings[2]!.message, "Approximation: categories become Gmail labels.");
    assert.equal(
      gmail([{ name: "R", actions: { assignCategories: ["Compta"] } }], { locale: "fr" })
        .warnings[0]!.message,
      "Approximation\u00a0: les catégories deviennent des étiquettes Gmail."
    );
    assert.equal(
      warnings[3]!.message,
      "written as 4 Gmail filters (one label or forwarding address each)."
    );
  });

  it("forwards to one address per filter, and says Gmail wants each address verified", () => {
    for (const [locale, verified, split] of [
      [
        "en",
        "Gmail forwards only to addresses you have verified in Settings > Forwarding and POP/IMAP.",
        "written as 2 Gmail filters (one label or forwarding address each).",
      ],
      [
        "fr",
        "Gmail ne transfère qu’aux adresses vérifiées dans Paramètres > Transfert et POP/IMAP.",
        "écrite en 2 filtres Gmail (une étiquette ou une adresse de transfert chacun).",
      ],
    ] as const) {
      const { entries, warnings } = gmail(
        [
          {
            name: "R",
            conditions: { subjectContains: ["s"] },
            actions: {
              assignCategories: ["Suivi"],
              forwardTo: ["a@example.org", "b@example.org"],
              markAsRead: true,
            },
          },
        ],
        { locale }
      );
      assert.deepEqual(entries, [
        { subject: '"s"', shouldMarkAsRead: "true", label: "Suivi", forwardTo: "a@example.org" },
        { subject: '"s"', forwardTo: "b@example.org" },
      ]);
      assert.deepEqual(warnings.slice(1), [
        { kind: "note", field: "actions.forwardTo", message: verified },
        { kind: "note", field: "actions", message: split },
      ]);
    }
  });

  it("writes a single forwarding address as one filter, without the several-filters note", () => {
    const { entries, warnings } = gmail([{ name: "R", actions: { forwardTo: ["a@example.org"] } }]);
    assert.deepEqual(entries, [{ forwardTo: "a@example.org" }]);
    assert.deepEqual(
      warnings.map(({ field }) => field),
      ["actions.forwardTo"]
    );
  });

  it('says "stop processing" does not exist in Gmail, and compiles the rest', () => {
    for (const [locale, message] of [
      ["en", 'Approximation: Gmail applies every matching filter; there is no "stop processing".'],
      [
        "fr",
        "Approximation\u00a0: Gmail applique tous les filtres qui correspondent\u202f; «\u00a0arrêter le traitement\u00a0» n’existe pas.",
      ],
    ] as const) {
      const { entries, warnings } = gmail(
        [{ name: "R", actions: { markAsRead: true, stopProcessingRules: true } }],
        { locale }
      );
      assert.deepEqual(entries, [{ shouldMarkAsRead: "true" }]);
      assert.deepEqual(warnings, [
        { kind: "approximated", field: "actions.stopProcessingRules", message },
      ]);
    }
    assert.deepEqual(
      gmail([{ name: "R", actions: { markAsRead: false, copyToFolder: ["X"] } }]).entries,
      [{ label: "X" }]
    );
  });
});
