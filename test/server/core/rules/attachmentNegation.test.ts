// "Has no attachment" is said exactly in every target, or the rule is left out with a warning: in
// Graph, New-InboxRule and Outlook's wizard, hasAttachments false means "not tested", which would
// widen the rule to every message.
import assert from "node:assert/strict";
import type { Rule, Target } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { CompileContext } from "../../../../server/core/rules/compileContext.js";
import { withoutAttachmentNegation } from "../../../../server/core/rules/attachmentNegation.js";
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

describe("withoutAttachmentNegation, case by case (server/core/rules)", () => {
  const rewritten = (rule: Rule) => {
    const context = new CompileContext("graph", "en");
    const result = withoutAttachmentNegation(rule, context);
    return {
      result,
      warnings: context.warnings.map(({ kind, field, message }) => ({ kind, field, message })),
    };
  };
  const base = { name: "R", actions: { markAsRead: true } };

  it("leaves a rule without a negated attachment test as it is, silently", () => {
    for (const rule of [
      base,
      { ...base, conditions: { hasAttachments: true }, exceptions: { hasAttachments: true } },
    ])
      assert.deepEqual(rewritten(rule), { result: rule, warnings: [] });
  });

  it("moves “has no attachment” to the exceptions, keeping the other conditions, and says so", () => {
    assert.deepEqual(
      rewritten({ ...base, conditions: { subjectContains: ["x"], hasAttachments: false } }),
      {
        result: {
          ...base,
          conditions: { subjectContains: ["x"] },
          exceptions: { hasAttachments: true },
        },
        warnings: [
          {
            kind: "note",
            field: "conditions.hasAttachments",
            message:
              '"has no attachment" is written as the exception "has an attachment", the only way this format says it.',
          },
        ],
      }
    );
  });

  it("replaces an exception that only says “has an attachment” too", () => {
    assert.deepEqual(
      rewritten({
        ...base,
        conditions: { hasAttachments: false },
        exceptions: { hasAttachments: true },
      }).result,
      { ...base, conditions: {}, exceptions: { hasAttachments: true } }
    );
  });

  it("moves the exception “has no attachment” to the conditions, dropping the empty exceptions", () => {
    assert.deepEqual(rewritten({ ...base, exceptions: { hasAttachments: false } }), {
      result: { ...base, conditions: { hasAttachments: true } },
      warnings: [
        {
          kind: "note",
          field: "exceptions.hasAttachments",
          message:
            'the exception "has no attachment" is written as the condition "has an attachment", the only way this format says it.',
        },
      ],
    });
  });

  it("leaves out a rule whose exception “has no attachment” shares the exceptions with others", () => {
    assert.deepEqual(
      rewritten({ ...base, exceptions: { hasAttachments: false, subjectContains: ["x"] } }),
      {
        result: null,
        warnings: [
          {
            kind: "left-out",
            field: "exceptions.hasAttachments",
            message:
              'Rule left out: this format\'s attachment test only means "has attachments", and "has no attachment" cannot be moved to the exceptions of a rule that already has other exceptions.',
          },
        ],
      }
    );
  });

  it("leaves out a rule asking for “no attachment” on both sides: it could never apply", () => {
    assert.deepEqual(
      rewritten({
        ...base,
        conditions: { hasAttachments: false },
        exceptions: { hasAttachments: false, subjectContains: ["x"] },
      }),
      {
        result: null,
        warnings: [
          {
            kind: "left-out",
            field: "conditions.hasAttachments",
            message:
              'Rule left out: the rule asks for "no attachment" both as a condition and as an exception, so it could never apply.',
          },
        ],
      }
    );
  });

  it("words the notes in French for a French user", () => {
    const context = new CompileContext("graph", "fr");
    withoutAttachmentNegation({ ...base, conditions: { hasAttachments: false } }, context);
    withoutAttachmentNegation({ ...base, exceptions: { hasAttachments: false } }, context);
    withoutAttachmentNegation(
      { ...base, conditions: { hasAttachments: false }, exceptions: { hasAttachments: false } },
      context
    );
    withoutAttachmentNegation(
      { ...base, conditions: { hasAttachments: false }, exceptions: { bodyContains: ["x"] } },
      context
    );
    assert.deepEqual(
      context.warnings.map((warning) => warning.message),
      [
        "«\u00a0sans pièce jointe\u00a0» est écrit comme l’exception «\u00a0contient une pièce jointe\u00a0», seule façon de le dire dans ce format.",
        "l’exception «\u00a0sans pièce jointe\u00a0» est écrite comme la condition «\u00a0contient une pièce jointe\u00a0», seule façon de le dire dans ce format.",
        "Règle non incluse\u00a0: la règle demande «\u00a0sans pièce jointe\u00a0» à la fois comme condition et comme exception\u00a0: elle ne s’appliquerait jamais.",
        "Règle non incluse\u00a0: le test de pièce jointe de ce format signifie seulement «\u00a0contient des pièces jointes\u00a0», et «\u00a0sans pièce jointe\u00a0» ne peut pas devenir une exception d’une règle qui en a déjà d’autres.",
      ]
    );
  });
});
