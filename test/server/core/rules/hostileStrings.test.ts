// Hostile strings must be inert in every target: data, never code.
import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { sievecErrors, sieveStrings } from "../../../helpers/formats/sieve.js";
import { powershellLiterals } from "../../../helpers/formats/powershell.js";
import { parseThunderbird } from "../../../helpers/formats/thunderbird.js";
import { gmailTerms, parseGmail } from "../../../helpers/formats/gmail.js";

const POWERSHELL = "'; Remove-Item -Recurse ~ #";
const SIEVE = '"; discard; "';
const XML = "]]></apps:property>";

const rules: Rule[] = [
  {
    name: POWERSHELL,
    conditions: { subjectContains: [POWERSHELL] },
    actions: { moveToFolder: ["Inbox", POWERSHELL], assignCategories: ["‘; Remove-Item ~ #"] },
  },
  {
    name: "sieve",
    conditions: { subjectContains: [SIEVE], headerContains: [`X-Test: ${SIEVE}`] },
    actions: { copyToFolder: ["Archives", SIEVE] },
  },
  {
    name: "xml",
    conditions: { subjectContains: [XML], fromAddresses: ["a@example.com"] },
    actions: { moveToFolder: ["Inbox", "X"], markAsRead: true },
  },
];
const artifact = (target: string) =>
  compileRules(rules, { locale: "en" }).artifacts.find((candidate) => candidate.target === target)!
    .content;

describe("hostile strings are inert in every target (server/core/rules)", () => {
  it("PowerShell: no user text outside single-quoted literals", () => {
    const { literals, code } = powershellLiterals(artifact("exchange-powershell"));
    assert.doesNotMatch(code, /Remove-Item/);
    assert.ok(literals.includes(POWERSHELL));
    assert.ok(literals.includes("‘; Remove-Item ~ #"));
    assert.ok(literals.includes(`:\\Inbox\\${POWERSHELL}`));
  });

  it("Sieve: compiles with sievec, and discard appears only inside strings", async () => {
    const script = artifact("sieve");
    assert.deepEqual(await sievecErrors([script]), []);
    const code = script.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$/gm, "");
    assert.doesNotMatch(code, /discard/);
    assert.ok(sieveStrings(script).includes(SIEVE));
    assert.ok(sieveStrings(script).includes(`Archives/${SIEVE}`));
  });

  it("Gmail: the XML parses and the value is the exact string", () => {
    const entries = parseGmail(artifact("gmail"));
    const xmlEntry = entries.find((entry) => entry.from !== undefined)!;
    assert.deepEqual(gmailTerms(xmlEntry.subject!), [XML]);
    assert.equal(xmlEntry.shouldMarkAsRead, "true");
  });

  it("Thunderbird: names and values read back exactly, quotes included", () => {
    const { artifacts, warnings } = compileRules(rules, { locale: "en", targets: ["thunderbird"] });
    const filters = parseThunderbird(artifacts[0]!.content);
    assert.deepEqual(
      filters.map((filter) => filter.name),
      [POWERSHELL, "sieve", "xml"]
    );
    assert.deepEqual(
      filters[1]!.terms.map((term) => term.value),
      [SIEVE, SIEVE]
    );
    assert.equal(filters[2]!.terms.find((term) => term.attribute === "subject")?.value, XML);
    assert.ok(!warnings.some((warning) => warning.kind === "left-out"));
  });

  it("Outlook classic: values are shown quoted, verbatim", () => {
    const text = artifact("outlook-classic");
    assert.ok(text.includes(`“${POWERSHELL}”`));
    assert.ok(text.includes(`“${SIEVE}”`));
  });
});
