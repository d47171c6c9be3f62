// "Has no attachment" is said exactly in every target, or the rule is left out with a warning: in
// Graph, New-InboxRule and Outlook's wizard, hasAttachments false means "not tested", which would
// widen the rule to every message.
import assert from "node:assert/strict";
import type { Rule, Target } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { powershellCommands } from "../../../helpers/formats/powershell.js";
import { parseThunderbird } from "../../../helpers/formats/thunderbird.js";
import { parseGmail } from "../../../helpers/formats/gmail.js";

const noAttachment: Rule = {
  name: "Sans pièce jointe",
  conditions: { fromAddresses: ["a@example.com"], hasAttachments: false },
  actions: { moveToFolder: ["Inbox", "Texte"] },
};
const exceptNoAttachment: Rule = {
  name: "Sauf sans pièce jointe",
  conditions: { subjectContains: ["facture"] },
  exceptions: { hasAttachments: false },
  actions: { markAsRead: true },
};
const mixed: Rule = {
  name: "Sans pièce jointe, sauf newsletter",
  conditions: { hasAttachments: false },
  exceptions: { subjectContains: ["newsletter"] },
  actions: { markAsRead: true },
};

const compile = (rules: Rule[], target: Target) => {
  const { artifacts, warnings } = compileRules(rules, { locale: "en", targets: [target] });
  return { content: artifacts[0]!.content, warnings };
};
const graphRules = (content: string) =>
  (JSON.parse(content) as { rules: { body: Record<string, Record<string, unknown>> }[] }).rules;

describe('"has no attachment" in every target (server/core/rules)', () => {
  it("Graph: becomes the exception hasAttachments true, never a predicate hasAttachments false", () => {
    const { content, warnings } = compile([noAttachment, exceptNoAttachment], "graph");
    const [first, second] = graphRules(content);
    assert.deepEqual(first!.body.conditions, {
      fromAddresses: [{ emailAddress: { address: "a@example.com" } }],
    });
    assert.deepEqual(first!.body.exceptions, { hasAttachments: true });
    assert.deepEqual(second!.body.conditions, {
      subjectContains: ["facture"],
      hasAttachments: true,
    });
    assert.equal(second!.body.exceptions, undefined);
    assert.doesNotMatch(content, /"hasAttachments": false/);
    assert.ok(
      warnings.some(
        (warning) => warning.kind === "note" && warning.field === "conditions.hasAttachments"
      )
    );
  });

  it("Exchange PowerShell: -ExceptIfHasAttachment $true, never -HasAttachment $false", () => {
    const { content } = compile([noAttachment, exceptNoAttachment], "exchange-powershell");
    const [first, second] = powershellCommands(content).filter(
      (command) => command.name === "New-InboxRule"
    );
    assert.deepEqual(first!.parameters.ExceptIfHasAttachment, ["$true"]);
    assert.equal(first!.parameters.HasAttachment, undefined);
    assert.deepEqual(second!.parameters.HasAttachment, ["$true"]);
    assert.equal(second!.parameters.ExceptIfHasAttachment, undefined);
    assert.doesNotMatch(content, /\$false/);
  });

  it("Outlook classic: the step says “except if … has an attachment”", () => {
    const { content } = compile([noAttachment], "outlook-classic");
    assert.match(content, /5\. .*\n {3}- except if which has an attachment/);
    assert.doesNotMatch(content, /3\. [^\n]*\n(?: {3}- [^\n]*\n)*? {3}- which has an attachment/);
  });

  for (const target of ["graph", "exchange-powershell", "outlook-classic"] as const)
    it(`${target}: leaves out a rule whose negation would have to join other exceptions, and says why`, () => {
      const { content, warnings } = compile([mixed], target);
      assert.doesNotMatch(content, /newsletter/);
      assert.ok(
        warnings.some(
          (warning) =>
            warning.kind === "left-out" &&
            warning.rule === mixed.name &&
            warning.field === "conditions.hasAttachments" &&
            /only means "has attachments"/.test(warning.message)
        )
      );
    });

  it("Sieve, Gmail and Thunderbird say the negation directly", () => {
    assert.match(
      compile([mixed], "sieve").content,
      /allof \(not header :contains "content-type" "multipart\/mixed", not anyof/
    );
    assert.match(
      parseGmail(compile([noAttachment], "gmail").content)[0]!.hasTheWord!,
      /-has:attachment/
    );
    const [filter] = parseThunderbird(compile([noAttachment], "thunderbird").content);
    assert.ok(
      filter!.terms.some(
        (term) => term.attribute === "has attachment status" && term.op === "isn't"
      )
    );
  });
});
