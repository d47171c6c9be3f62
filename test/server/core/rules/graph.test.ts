import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { CompileContext } from "../../../../server/core/rules/compileContext.js";
import { graphRuleDraft } from "../../../../server/core/rules/compilers/graph.js";
import { graphCsdl } from "../../simulators/graphCsdl.js";

interface GraphArtifact {
  endpoint: string;
  beforePosting?: string;
  rules: {
    body: {
      displayName: string;
      sequence: number;
      actions: Record<string, unknown>;
      conditions: Record<string, unknown>;
    };
    folderPaths: Record<string, string[]>;
  }[];
}
const compile = (rules: Rule[], locale: "en" | "fr" = "en") =>
  JSON.parse(
    compileRules(rules, { locale, targets: ["graph"] }).artifacts[0]!.content
  ) as GraphArtifact;

describe("Graph compiler (server/core/rules)", () => {
  it("never writes an empty actions: a move/copy-only rule holds placeholders the artifact explains", () => {
    const artifact = compile([
      { name: "Move", actions: { moveToFolder: ["Inbox", "Gmail"] } },
      { name: "Copy", actions: { copyToFolder: ["Archives", "2024"] } },
    ]);
    assert.deepEqual(
      artifact.rules.map((rule) => rule.body.actions),
      [{ moveToFolder: "FOLDER-ID:moveToFolder" }, { copyToFolder: "FOLDER-ID:copyToFolder" }]
    );
    assert.deepEqual(artifact.rules[0]!.folderPaths, { moveToFolder: ["Inbox", "Gmail"] });
    assert.match(
      artifact.beforePosting!,
      /replace FOLDER-ID:moveToFolder and FOLDER-ID:copyToFolder with the id of the folder listed under folderPaths/
    );
    assert.match(
      compile([{ name: "Move", actions: { moveToFolder: ["X"] } }], "fr").beforePosting!,
      /remplacez/
    );
  });

  it("says nothing about folders when no rule has one", () => {
    const artifact = compile([{ name: "Read", actions: { markAsRead: true } }]);
    assert.equal(artifact.beforePosting, undefined);
    assert.deepEqual(artifact.rules[0]!.body.actions, { markAsRead: true });
  });

  it("names a recipient once when the received-through account is also a sent-to address", () => {
    const artifact = compile([
      {
        name: "Gmail",
        conditions: {
          sentToAddresses: ["me@gmail.com", "other@example.org"],
          receivedThroughAccount: "ME@gmail.com",
        },
        actions: { markAsRead: true },
      },
    ]);
    assert.deepEqual(artifact.rules[0]!.body.conditions.sentToAddresses, [
      { emailAddress: { address: "me@gmail.com" } },
      { emailAddress: { address: "other@example.org" } },
    ]);
  });
});

// Every condition and action, on both sides: the exact messageRule body Graph receives.
const everything: Rule = {
  name: "Tout l’ancien compte",
  enabled: false,
  conditions: {
    fromAddresses: ["a@example.com", "b@example.org"],
    sentToAddresses: ["me@gmail.com"],
    subjectContains: ["facture", "reçu"],
    bodyContains: ["commande n°"],
    headerContains: ["X-Forwarded-For: me@gmail.com"],
    hasAttachments: true,
    receivedThroughAccount: "old@hotmail.fr",
  },
  exceptions: {
    fromAddresses: ["boss@example.com"],
    sentToAddresses: ["list@example.com"],
    subjectContains: ["urgent"],
    bodyContains: ["désinscrire"],
    headerContains: ["List-Id"],
    receivedThroughAccount: "other@gmail.com",
  },
  actions: {
    moveToFolder: ["Inbox", "Gmail"],
    copyToFolder: ["Archives"],
    markAsRead: false,
    assignCategories: ["Gmail", "Ancien"],
    forwardTo: ["me@gmail.com"],
    stopProcessingRules: false,
  },
};
const address = (value: string) => ({ emailAddress: { address: value } });
const MESSAGE_RULE = { type: "microsoft.graph.messageRule", collection: false, nullable: false };

describe("Graph messageRule bodies, clause by clause (server/core/rules)", () => {
  it("writes every condition, exception and action under its messageRulePredicates/Actions name", () => {
    const context = new CompileContext("graph", "en");
    const draft = graphRuleDraft(everything, 7, context);
    assert.deepEqual(draft, {
      body: {
        displayName: "Tout l’ancien compte",
        sequence: 7,
        isEnabled: false,
        conditions: {
          fromAddresses: [address("a@example.com"), address("b@example.org")],
          sentToAddresses: [address("me@gmail.com"), address("old@hotmail.fr")],
          subjectContains: ["facture", "reçu"],
          bodyContains: ["commande n°"],
          headerContains: ["X-Forwarded-For: me@gmail.com"],
          hasAttachments: true,
        },
        actions: {
          moveToFolder: "FOLDER-ID:moveToFolder",
          copyToFolder: "FOLDER-ID:copyToFolder",
          markAsRead: false,
          assignCategories: ["Gmail", "Ancien"],
          forwardTo: [address("me@gmail.com")],
          stopProcessingRules: false,
        },
        exceptions: {
          fromAddresses: [address("boss@example.com")],
          sentToAddresses: [address("list@example.com"), address("other@gmail.com")],
          subjectContains: ["urgent"],
          bodyContains: ["désinscrire"],
          headerContains: ["List-Id"],
        },
      },
      folderPaths: { moveToFolder: ["Inbox", "Gmail"], copyToFolder: ["Archives"] },
      expressible: true,
    });
    assert.deepEqual(graphCsdl().validate(draft.body, MESSAGE_RULE), []);
  });

  it("says, per side, that the received-through account is matched as a recipient", () => {
    const context = new CompileContext("graph", "en");
    graphRuleDraft(everything, 1, context);
    assert.deepEqual(context.warnings, [
      {
        rule: everything.name,
        target: "graph",
        kind: "approximated",
        field: "conditions.receivedThroughAccount",
        message:
          "Approximation: server rules cannot see the account; mail addressed to it is matched instead (sentToAddresses).",
      },
      {
        rule: everything.name,
        target: "graph",
        kind: "approximated",
        field: "exceptions.receivedThroughAccount",
        message:
          "Approximation: server rules cannot see the account; mail addressed to it is matched instead (sentToAddresses).",
      },
    ]);
    const french = new CompileContext("graph", "fr");
    graphRuleDraft(everything, 1, french);
    assert.equal(
      french.warnings[0]!.message,
      "Approximation\u00a0: les règles du serveur ne voient pas le compte\u202f; MailBridge reconnaît le courrier adressé à ce compte (sentToAddresses)."
    );
  });

  it("writes a minimal rule with only what it says: enabled, no conditions, no exceptions", () => {
    const draft = graphRuleDraft(
      { name: "Lu", actions: { markAsRead: true } },
      1,
      new CompileContext("graph", "en")
    );
    assert.deepEqual(draft, {
      body: {
        displayName: "Lu",
        sequence: 1,
        isEnabled: true,
        conditions: {},
        actions: { markAsRead: true },
      },
      folderPaths: {},
      expressible: true,
    });
  });

  it("writes a folder-only rule's actions with only the placeholder", () => {
    const draft = graphRuleDraft(
      { name: "Dossier", actions: { moveToFolder: ["Inbox", "Gmail"] } },
      1,
      new CompileContext("graph", "en")
    );
    assert.deepEqual(draft.body.actions, { moveToFolder: "FOLDER-ID:moveToFolder" });
  });

  it("writes an attachment test that needs no rewriting as it is, on both sides", () => {
    const draft = graphRuleDraft(
      {
        name: "Pièces",
        enabled: true,
        conditions: { hasAttachments: true },
        exceptions: { hasAttachments: true, subjectContains: ["x"] },
        actions: { stopProcessingRules: true, markAsRead: true },
      },
      2,
      new CompileContext("graph", "en")
    );
    assert.deepEqual(draft.body.conditions, { hasAttachments: true });
    assert.deepEqual(draft.body.exceptions, { subjectContains: ["x"], hasAttachments: true });
    assert.deepEqual(draft.body.actions, { markAsRead: true, stopProcessingRules: true });
    assert.equal(draft.body.isEnabled, true);
  });

  it("marks a rule Graph cannot say as not expressible, and the artifact leaves it out", () => {
    const never: Rule = {
      name: "Jamais",
      conditions: { hasAttachments: false },
      exceptions: { hasAttachments: false },
      actions: { markAsRead: true },
    };
    const context = new CompileContext("graph", "en");
    const draft = graphRuleDraft(never, 3, context);
    assert.equal(draft.expressible, false);
    assert.deepEqual(draft.body.conditions, { hasAttachments: false });
    assert.deepEqual(
      context.warnings.map((warning) => [warning.kind, warning.field]),
      [["left-out", "conditions.hasAttachments"]]
    );
    const artifact = compile([never, { name: "Lu", actions: { markAsRead: true } }]);
    assert.deepEqual(
      artifact.rules.map((rule) => rule.body),
      [
        {
          displayName: "Lu",
          sequence: 1,
          isEnabled: true,
          conditions: {},
          actions: { markAsRead: true },
        },
      ]
    );
  });

  it("writes an artifact naming the endpoint, numbering rules in order, ending with a line break", () => {
    const content = compileRules(
      [
        { name: "Un", actions: { markAsRead: true } },
        { name: "Deux", actions: { copyToFolder: ["Archives"] } },
      ],
      { locale: "en", targets: ["graph"] }
    ).artifacts[0]!;
    assert.equal(content.filename, "graph-message-rules.json");
    assert.equal(content.mediaType, "application/json");
    assert.ok(content.content.endsWith("}\n"));
    assert.ok(content.content.startsWith('{\n  "endpoint": '), "indented by two spaces");
    const artifact = JSON.parse(content.content) as GraphArtifact;
    assert.equal(
      artifact.endpoint,
      "POST https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules"
    );
    assert.deepEqual(
      artifact.rules.map((rule) => [rule.body.displayName, rule.body.sequence]),
      [
        ["Un", 1],
        ["Deux", 2],
      ]
    );
    assert.deepEqual(artifact.rules[0]!.folderPaths, {});
    assert.equal(
      artifact.beforePosting,
      "Before posting a body, replace FOLDER-ID:moveToFolder and FOLDER-ID:copyToFolder with the id of the folder listed under folderPaths (create it first if it is missing: GET /me/mailFolders and /childFolders give the ids). Graph refuses a body that still holds a placeholder."
    );
    assert.equal(
      compile([{ name: "Deux", actions: { copyToFolder: ["Archives"] } }], "fr").beforePosting,
      "Avant d’envoyer un body, remplacez FOLDER-ID:moveToFolder et FOLDER-ID:copyToFolder par l’id du dossier indiqué sous folderPaths (créez-le d’abord s’il manque : GET /me/mailFolders et /childFolders donnent les id). Graph refuse un body qui contient encore un repère."
    );
  });
});
