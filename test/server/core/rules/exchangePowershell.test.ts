import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { powershellCommands } from "../../../helpers/formats/powershell.js";

const rule = (name: string, extra: Partial<Rule> = {}): Rule => ({
  name,
  conditions: { sentToAddresses: ["me@gmail.com"], receivedThroughAccount: "Me@Gmail.com" },
  actions: { markAsRead: true },
  ...extra,
});
const compile = (rules: Rule[]) => {
  const { artifacts, warnings } = compileRules(rules, {
    locale: "en",
    targets: ["exchange-powershell"],
  });
  return { commands: powershellCommands(artifacts[0]!.content), warnings };
};

describe("Exchange PowerShell compiler (server/core/rules)", () => {
  it("shortens names over New-InboxRule's 64 characters to unique names, and says so", () => {
    const long = "Courrier de l’ancien compte Hotmail vers le dossier Archives/2024 — ";
    const names = [`${long}factures`, `${long}relevés`, "Court", `${"🙂".repeat(40)}`];
    const { commands, warnings } = compile([
      ...names.map((name) => rule(name)),
      rule(`${long}désactivée`, { enabled: false }),
    ]);
    const created = commands
      .filter((command) => command.name === "New-InboxRule")
      .map((command) => command.parameters.Name![0]!);
    assert.equal(created.length, 5);
    assert.ok(created.every((name) => name.length <= 64));
    assert.equal(new Set(created.map((name) => name.toLowerCase())).size, 5, created.join("\n"));
    assert.equal(created[2], "Court");
    assert.ok(created[0]!.endsWith("…") && created[1]!.endsWith("… (2)"), created.join("\n"));
    assert.ok(!/[\ud800-\udbff]…/.test(created[3]!), "no half of an emoji");
    const disabled = commands.find((command) => command.name === "Disable-InboxRule")!;
    assert.deepEqual(disabled.parameters.Identity, [created[4]]);
    const renamed = warnings.filter((warning) => warning.field === "name");
    assert.equal(renamed.length, 4);
    assert.ok(renamed.every((warning) => /at most 64 characters/.test(warning.message)));
    assert.ok(renamed.some((warning) => warning.message.includes(`“${created[1]}”`)));
  });

  it("names a recipient once when the received-through account is also a sent-to address", () => {
    const { commands } = compile([rule("Gmail")]);
    assert.deepEqual(
      commands.find((command) => command.name === "New-InboxRule")!.parameters.SentTo,
      ["me@gmail.com"]
    );
  });
});
