import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";

interface GraphArtifact {
  endpoint: string;
  beforePosting?: string;
  rules: {
    body: { actions: Record<string, unknown>; conditions: Record<string, unknown> };
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
