// The Rules Wizard steps for classic Outlook: the wizard's own menu, condition and action labels in
// the user's language, each value in typographic quotes, one numbered step per wizard page.
import assert from "node:assert/strict";
import type { Locale } from "@contracts/locales.js";
import type { Rule } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";

const FORWARDED = ["me@example.org", "copy@example.org"];
function steps(rules: Rule[], locale: Locale, inboxName?: string) {
  const { artifacts, warnings } = compileRules(rules, {
    locale,
    targets: ["outlook-classic"],
    // Our own addresses, so the only warnings are the compiler's.
    ownAddresses: FORWARDED,
    ...(inboxName ? { inboxName } : {}),
  });
  return {
    text: artifacts[0]!.content,
    warnings: warnings.map(({ kind, field, message }) => ({ kind, field, message })),
  };
}

const everything: Rule = {
  name: "Factures",
  conditions: {
    fromAddresses: ["a@example.com", "b@example.com"],
    sentToAddresses: ["me@gmail.com"],
    subjectContains: ["facture", "avoir"],
    bodyContains: ["payé"],
    headerContains: ["X-Mailer: Compta"],
    hasAttachments: true,
    receivedThroughAccount: "me@gmail.com",
  },
  exceptions: { subjectContains: ["pub"], fromAddresses: ["boss@example.com"] },
  actions: {
    moveToFolder: ["Inbox", "Factures", "2024"],
    copyToFolder: ["Archives"],
    markAsRead: true,
    assignCategories: ["Compta", "Perso"],
    forwardTo: FORWARDED,
    stopProcessingRules: true,
  },
};

describe("Outlook classic steps compiler (server/core/rules)", () => {
  it("writes every condition, action and exception as the English wizard names them", () => {
    const { text, warnings } = steps([everything], "en");
    assert.equal(
      text,
      [
        "== “Factures” ==",
        "1. File > Manage Rules & Alerts > New Rule…",
        "2. Under Start from a blank rule, choose Apply rule on messages I receive, then Next.",
        "3. Tick the conditions and click each underlined value to enter it:",
        "   - from people or public group: “a@example.com”; “b@example.com”",
        "   - sent to people or public group: “me@gmail.com”",
        "   - with specific words in the subject: “facture”; “avoir”",
        "   - with specific words in the body: “payé”",
        "   - with specific words in the message header: “X-Mailer: Compta”",
        "   - which has an attachment",
        "   - through the specified account: “me@gmail.com”",
        "4. Next. Tick the actions:",
        "   - move it to the specified folder: folder “Inbox” > “Factures” > “2024”",
        "   - move a copy to the specified folder: folder “Archives”",
        "   - mark it as read",
        "   - assign it to the category category: “Compta”, “Perso”",
        "   - forward it to people or public group: “me@example.org”, “copy@example.org”",
        "   - stop processing more rules",
        '5. Next. Tick the exceptions ("except if …"):',
        "   - except if with specific words in the subject: “pub”",
        "   - except if from people or public group: “boss@example.com”",
        "6. Next. Name the rule “Factures”, tick Turn on this rule, then Finish.",
        "",
      ].join("\n")
    );
    assert.deepEqual(warnings, []);
  });

  it("writes them in French with French quotes, separators and the mailbox's inbox name", () => {
    const { text, warnings } = steps([everything], "fr");
    assert.equal(
      text,
      [
        "== « Factures » ==",
        "1. Fichier > Gérer les règles et alertes > Nouvelle règle…",
        "2. Sous Démarrer à partir d’une règle vide, choisissez Appliquer la règle aux messages que je reçois, puis Suivant.",
        "3. Cochez les conditions et cliquez sur chaque valeur soulignée pour la saisir :",
        "   - de personnes ou groupe public : « a@example.com » ; « b@example.com »",
        "   - envoyé à personnes ou groupe public : « me@gmail.com »",
        "   - avec des mots spécifiques dans l’objet : « facture » ; « avoir »",
        "   - avec des mots spécifiques dans le corps du message : « payé »",
        "   - avec des mots spécifiques dans l’en-tête du message : « X-Mailer: Compta »",
        "   - qui contient une pièce jointe",
        "   - via le compte spécifié : « me@gmail.com »",
        "4. Suivant. Cochez les actions :",
        "   - la déplacer dans le dossier spécifié : dossier « Boîte de réception » > « Factures » > « 2024 »",
        "   - déplacer une copie vers le dossier spécifié : dossier « Archives »",
        "   - la marquer comme lue",
        "   - l’affecter à la catégorie catégorie : « Compta », « Perso »",
        "   - la transférer à personnes ou groupe public : « me@example.org », « copy@example.org »",
        "   - arrêter de traiter plus de règles",
        "5. Suivant. Cochez les exceptions (« sauf si … ») :",
        "   - sauf si avec des mots spécifiques dans l’objet : « pub »",
        "   - sauf si de personnes ou groupe public : « boss@example.com »",
        "6. Suivant. Nommez la règle « Factures », cochez Activer cette règle, puis Terminer.",
        "",
      ].join("\n")
    );
    assert.deepEqual(warnings, []);
  });

  it("shows the inbox under the name the user's mailbox gives it", () => {
    const { text } = steps(
      [{ name: "R", actions: { copyToFolder: ["inbox", "Inbox"], markAsRead: false } }],
      "en",
      "Posteingang"
    );
    assert.match(
      text,
      /\n4\. Next\. Tick the actions:\n {3}- move a copy to the specified folder: folder “Posteingang” > “Inbox”\n5\./
    );
  });

  it("says to tick no condition and no exception when the rule has none, in both languages", () => {
    const rule: Rule = { name: "Tout", actions: { markAsRead: true } };
    assert.equal(
      steps([rule], "en").text,
      [
        "== “Tout” ==",
        "1. File > Manage Rules & Alerts > New Rule…",
        "2. Under Start from a blank rule, choose Apply rule on messages I receive, then Next.",
        "3. Tick no condition (Outlook asks to confirm the rule applies to every message: Yes).",
        "4. Next. Tick the actions:",
        "   - mark it as read",
        "5. Next. No exception.",
        "6. Next. Name the rule “Tout”, tick Turn on this rule, then Finish.",
        "",
      ].join("\n")
    );
    const fr = steps([{ ...rule, conditions: {}, exceptions: {} }], "fr").text.split("\n");
    assert.equal(
      fr[3],
      "3. Ne cochez aucune condition (Outlook demande de confirmer que la règle s’applique à tous les messages : Oui)."
    );
    assert.equal(fr[6], "5. Suivant. Aucune exception.");
  });

  it("asks to leave a disabled rule turned off, and to turn on an enabled one", () => {
    const last = (rule: Rule, locale: Locale) =>
      steps([rule], locale).text.trimEnd().split("\n").at(-1);
    const off: Rule = { name: "Off", enabled: false, actions: { markAsRead: true } };
    assert.equal(
      last(off, "en"),
      "6. Next. Name the rule “Off”, untick Turn on this rule (it stays disabled), then Finish."
    );
    assert.equal(
      last(off, "fr"),
      "6. Suivant. Nommez la règle « Off », décochez Activer cette règle (elle reste désactivée), puis Terminer."
    );
    assert.equal(
      last({ ...off, enabled: true }, "en"),
      "6. Next. Name the rule “Off”, tick Turn on this rule, then Finish."
    );
  });

  it("separates rules with a blank line and ends with one line break; no rule, empty text", () => {
    const rule = (name: string): Rule => ({ name, actions: { markAsRead: true } });
    const { text } = steps([rule("A"), rule("B")], "en");
    assert.match(text, /then Finish\.\n\n== “B” ==\n/);
    assert.ok(text.startsWith("== “A” ==\n") && text.endsWith("then Finish.\n"));
    assert.equal(steps([], "en").text, "\n");
  });

  it("skips a condition given as undefined, and writes one given as a single value", () => {
    const { text } = steps(
      [
        {
          name: "R",
          conditions: { subjectContains: undefined, receivedThroughAccount: "me@gmail.com" },
          actions: { markAsRead: true },
        },
      ],
      "en"
    );
    assert.match(
      text,
      /3\. Tick the conditions[^\n]*\n {3}- through the specified account: “me@gmail.com”\n4\./
    );
  });

  for (const [what, breakChar] of [
    ["line feed", "\n"],
    ["carriage return", "\r"],
  ] as const)
    it(`leaves out a rule with a ${what} in its name or any word or folder the wizard asks for`, () => {
      const base: Rule = { name: "R", actions: { markAsRead: true } };
      const broken = `a${breakChar}b`;
      const cases: Rule[] = [
        { ...base, name: broken },
        { ...base, conditions: { subjectContains: ["ok", broken] } },
        { ...base, exceptions: { bodyContains: [broken] } },
        { ...base, actions: { assignCategories: [broken] } },
        { ...base, actions: { moveToFolder: ["Inbox", broken] } },
        { ...base, actions: { copyToFolder: [broken] } },
      ];
      for (const rule of cases) {
        const { text, warnings } = steps([rule, { ...base, name: "Kept" }], "en");
        assert.ok(text.startsWith("== “Kept” ==\n") && !text.includes("“R”"), JSON.stringify(rule));
        assert.deepEqual(warnings, [
          {
            kind: "left-out",
            field: "name",
            message:
              "Rule left out: Outlook's Rules Wizard cannot take line breaks in names or words.",
          },
        ]);
      }
      assert.deepEqual(
        steps([{ ...base, name: broken }], "fr").warnings[0]!.message,
        "Règle non incluse\u00a0: l’assistant Règles d’Outlook n’accepte pas de retour à la ligne dans les noms ou les mots."
      );
    });

  it("writes “has no attachment” the only way the wizard can, and leaves out what it cannot say", () => {
    const { text, warnings } = steps(
      [
        {
          name: "Never",
          conditions: { hasAttachments: false },
          exceptions: { hasAttachments: false },
          actions: { markAsRead: true },
        },
        { name: "Sans", conditions: { hasAttachments: false }, actions: { markAsRead: true } },
      ],
      "en"
    );
    assert.ok(text.startsWith("== “Sans” ==\n"));
    assert.match(
      text,
      /\n5\. Next\. Tick the exceptions[^\n]*\n {3}- except if which has an attachment\n6\./
    );
    assert.deepEqual(
      warnings.map(({ kind, field }) => [kind, field]),
      [
        ["left-out", "conditions.hasAttachments"],
        ["note", "conditions.hasAttachments"],
      ]
    );
  });
});
