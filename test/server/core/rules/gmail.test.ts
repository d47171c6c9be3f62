// mailFilters.xml against real Gmail filter exports (test/fixtures/external/gmail, from gmailctl's
// test data): the same feed and entry elements in the same order, the same namespaces, and only
// property names those exports use.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
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
