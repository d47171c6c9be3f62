import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { powershellCommands } from "../../../helpers/formats/powershell.js";
import { psString } from "../../../../server/core/rules/compilers/exchangePowershell.js";

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

const PREAMBLE = [
  "# MailBridge unification rules for Exchange Online (work or school mailboxes; personal Outlook.com",
  "# mailboxes refuse Exchange PowerShell). Connect first: Connect-ExchangeOnline",
  "# Warning: creating rules with PowerShell removes disabled rules made in Outlook on the PC.",
  "param([Parameter(Mandatory = $true)][string]$Mailbox)",
  "$ErrorActionPreference = 'Stop'",
  "",
].join("\n");
const script = (rules: Rule[], locale: "en" | "fr" = "en") => {
  const { artifacts, warnings } = compileRules(rules, {
    locale,
    targets: ["exchange-powershell"],
  });
  return { content: artifacts[0]!.content, warnings };
};
const readOnly = (name: string): Rule => ({ name, actions: { markAsRead: true } });
const ONLY_WORK_MAILBOXES = {
  rule: "*",
  target: "exchange-powershell",
  kind: "note",
  field: "-",
  message:
    "Exchange PowerShell works for work or school mailboxes only, and creating rules with it removes disabled rules made in Outlook on the PC.",
};

describe("New-InboxRule commands, parameter by parameter (server/core/rules)", () => {
  it("writes every condition, exception and action as its New-InboxRule parameter, values quoted", () => {
    const { content } = script([
      {
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
          hasAttachments: true,
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
      },
    ]);
    assert.equal(
      content,
      `${PREAMBLE}
New-InboxRule -Mailbox $Mailbox \`
  -Name 'Tout l’’ancien compte' \`
  -From 'a@example.com','b@example.org' \`
  -SentTo 'me@gmail.com','old@hotmail.fr' \`
  -SubjectContainsWords 'facture','reçu' \`
  -BodyContainsWords 'commande n°' \`
  -HeaderContainsWords 'X-Forwarded-For: me@gmail.com' \`
  -HasAttachment $true \`
  -ExceptIfFrom 'boss@example.com' \`
  -ExceptIfSentTo 'list@example.com','other@gmail.com' \`
  -ExceptIfSubjectContainsWords 'urgent' \`
  -ExceptIfBodyContainsWords 'désinscrire' \`
  -ExceptIfHeaderContainsWords 'List-Id' \`
  -ExceptIfHasAttachment $true \`
  -MoveToFolder ($Mailbox + ':\\Inbox\\Gmail') \`
  -CopyToFolder ($Mailbox + ':\\Archives') \`
  -MarkAsRead $false \`
  -ApplyCategory 'Gmail','Ancien' \`
  -ForwardTo 'me@gmail.com' \`
  -StopProcessingRules $false
Disable-InboxRule -Mailbox $Mailbox -Identity 'Tout l’’ancien compte' -Confirm:$false
`
    );
  });

  it("writes an enabled rule without Disable-InboxRule, and only the parameters it uses", () => {
    const { content } = script([
      { name: "Lu", enabled: true, actions: { markAsRead: true, stopProcessingRules: true } },
    ]);
    assert.equal(
      content,
      `${PREAMBLE}
New-InboxRule -Mailbox $Mailbox \`
  -Name 'Lu' \`
  -MarkAsRead $true \`
  -StopProcessingRules $true
`
    );
  });

  it("writes a folder-only rule with neither -MarkAsRead nor -StopProcessingRules", () => {
    assert.equal(
      script([{ name: "Dossier", actions: { copyToFolder: ["Archives", "2024"] } }]).content,
      `${PREAMBLE}
New-InboxRule -Mailbox $Mailbox \`
  -Name 'Dossier' \`
  -CopyToFolder ($Mailbox + ':\\Archives\\2024')
`
    );
  });

  it("words its warnings in French for a French user", () => {
    const { warnings } = script(
      [
        { name: "Barre", actions: { moveToFolder: ["A\\B"] } },
        {
          name: "Compte",
          conditions: { receivedThroughAccount: "a@gmail.com" },
          actions: { markAsRead: true },
        },
      ],
      "fr"
    );
    assert.deepEqual(warnings.map((warning) => warning.message).slice(0, 2), [
      "Règle non incluse\u00a0: un nom de dossier contient «\u00a0\\\u00a0», le séparateur de dossiers de New-InboxRule.",
      "Approximation\u00a0: les règles Exchange ne voient pas le compte\u202f; le courrier envoyé à ce compte est reconnu (-SentTo).",
    ]);
  });

  it("doubles every kind of single quote PowerShell closes a literal with, and nothing else", () => {
    assert.equal(psString(`l'a ‘b’ ‚c‛ "d" $e \`f`), `'l''a ‘‘b’’ ‚‚c‛‛ "d" $e \`f'`);
  });

  it("says, per side, that the received-through account is matched as a recipient", () => {
    const { warnings } = script([
      {
        name: "Compte",
        conditions: { receivedThroughAccount: "a@gmail.com" },
        exceptions: { receivedThroughAccount: "b@gmail.com" },
        actions: { markAsRead: true },
      },
    ]);
    assert.deepEqual(warnings, [
      {
        rule: "Compte",
        target: "exchange-powershell",
        kind: "approximated",
        field: "conditions.receivedThroughAccount",
        message:
          "Approximation: Exchange rules cannot see the account; mail sent to it is matched instead (-SentTo).",
      },
      {
        rule: "Compte",
        target: "exchange-powershell",
        kind: "approximated",
        field: "exceptions.receivedThroughAccount",
        message:
          "Approximation: Exchange rules cannot see the account; mail sent to it is matched instead (-SentTo).",
      },
      ONLY_WORK_MAILBOXES,
    ]);
  });

  for (const field of ["moveToFolder", "copyToFolder"] as const)
    it(`leaves out a rule whose ${field} folder name holds "\\", the folder separator, and keeps the next`, () => {
      const { content, warnings } = script([
        { name: "Barre", actions: { [field]: ["Inbox", "A\\B"] } },
        readOnly("Suivante"),
      ]);
      assert.deepEqual(
        powershellCommands(content).map((command) => command.parameters.Name),
        [["Suivante"]]
      );
      assert.deepEqual(warnings, [
        {
          rule: "Barre",
          target: "exchange-powershell",
          kind: "left-out",
          field: `actions.${field}`,
          message:
            'Rule left out: a folder name contains "\\", the folder separator of New-InboxRule.',
        },
        ONLY_WORK_MAILBOXES,
      ]);
    });

  it("keeps the rules after one it cannot say", () => {
    const { content } = script([
      {
        name: "Jamais",
        conditions: { hasAttachments: false },
        exceptions: { hasAttachments: false },
        actions: { markAsRead: true },
      },
      readOnly("Suivante"),
    ]);
    assert.deepEqual(
      powershellCommands(content).map((command) => command.parameters.Name),
      [["Suivante"]]
    );
  });

  it("says in the user's language that only work or school mailboxes take it, once per script", () => {
    assert.deepEqual(script([readOnly("Un"), readOnly("Deux")]).warnings, [ONLY_WORK_MAILBOXES]);
    assert.deepEqual(
      script([readOnly("Un")], "fr").warnings.map((warning) => warning.message),
      [
        "Exchange PowerShell ne fonctionne que pour les boîtes professionnelles ou scolaires, et créer des règles ainsi supprime les règles désactivées créées dans Outlook sur le PC.",
      ]
    );
    const empty = script([]);
    assert.deepEqual(empty, { content: PREAMBLE, warnings: [] });
  });

  it("says how a shortened name reads, in the user's language", () => {
    const long = "R".repeat(70);
    const shortened = `${"R".repeat(63)}…`;
    assert.equal(
      script([readOnly(long)]).warnings[0]!.message,
      `Approximation: New-InboxRule names are at most 64 characters: the rule is named “${shortened}”.`
    );
    assert.equal(
      script([readOnly(long)], "fr").warnings[0]!.message,
      `Approximation\u00a0: les noms de New-InboxRule ont au plus 64 caractères\u00a0: la règle s’appelle «\u00a0${shortened}\u00a0».`
    );
    const { content } = script([readOnly(long)]);
    assert.match(content, new RegExp(`-Name '${shortened}'`));
  });

  it("is a .ps1 text file", () => {
    const [artifact] = compileRules([readOnly("Un")], {
      locale: "en",
      targets: ["exchange-powershell"],
    }).artifacts;
    assert.equal(artifact!.filename, "mailbridge-rules.ps1");
    assert.equal(artifact!.mediaType, "text/plain");
  });
});
