// Property-based tests over arbitrary rule sets: every artifact parses with a real parser (sievec for
// Sieve, an XML parser for Gmail) or a reader written from the format's source (Thunderbird,
// PowerShell quoting), and every string value of every rule a target keeps comes back exactly.
import assert from "node:assert/strict";
import fc from "fast-check";
import { TARGETS, type Rule, type RuleWarning, type Target } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { ruleSchema } from "../../../../server/core/rules/ruleSchema.js";
import { splitHeader } from "../../../../server/core/rules/compileContext.js";
import { sievecErrors, sieveStrings } from "../../../helpers/formats/sieve.js";
import { powershellLiterals } from "../../../helpers/formats/powershell.js";
import {
  asciiLowerCase,
  parseThunderbird,
  tagNameOfKey,
} from "../../../helpers/formats/thunderbird.js";
import { gmailTerms, parseGmail } from "../../../helpers/formats/gmail.js";

const RUNS = 2000;
const TRICKY = [
  '"',
  "'",
  "\\",
  "\n",
  ")",
  "(",
  " ",
  "\u2018",
  "\u2019",
  ";",
  "#",
  "<",
  "&",
  "]",
  "é",
  "🙂",
  "א",
  ":",
  "/",
  "*",
  "$",
  "`",
  "\t",
  "{",
  "}",
  ",",
  "%",
];
const HOSTILE = [
  "'; Remove-Item -Recurse ~ #",
  '"; discard; "',
  "]]></apps:property>",
  "*/ discard; /*",
  '\\"; stop; \\"',
  "$(Remove-Item ~)",
  "‘; Remove-Item ~ #",
];

const text = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 16 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 10 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(
    "facture",
    "Newsletter",
    "X-Forwarded-For: me@gmail.com",
    "Reçu: été 2024",
    "שלום",
    "Comptes"
  )
);
const email = fc.constantFrom(
  "a@example.com",
  "me@gmail.com",
  "marie.dupont@hotmail.fr",
  "o'brien@example.org",
  "x+tag@sub.example.co.uk",
  "jürgen@bücher.de"
);
const list = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(item) },
    { weight: 1, arbitrary: fc.array(item, { minLength: 2, maxLength: 3 }) }
  );
// Zero to two condition fields, as real rules have: enough to mix every field, few enough that
// formats with fewer powers (Thunderbird, Gmail) still keep many rules.
const conditionField = fc.oneof(
  list(email).map((value) => ({ fromAddresses: value })),
  list(email).map((value) => ({ sentToAddresses: value })),
  list(text).map((value) => ({ subjectContains: value })),
  list(text).map((value) => ({ bodyContains: value })),
  list(
    fc.oneof(
      text,
      text.map((value) => `X-Tag: ${value}`)
    )
  ).map((value) => ({ headerContains: value })),
  fc.boolean().map((value) => ({ hasAttachments: value })),
  email.map((value) => ({ receivedThroughAccount: value }))
);
const conditions = fc
  .array(conditionField, { maxLength: 2 })
  .map((fields) => Object.assign({}, ...fields) as Record<string, unknown>);
const path = fc.array(text, { minLength: 1, maxLength: 3 });
const rule = fc
  .record(
    {
      name: text,
      enabled: fc.boolean(),
      conditions,
      exceptions: fc
        .array(conditionField, { maxLength: 1 })
        .map((fields) => Object.assign({}, ...fields) as Record<string, unknown>),
      actions: fc.record(
        {
          moveToFolder: fc.oneof(path, fc.constant(["Inbox", "Gmail"])),
          copyToFolder: path,
          markAsRead: fc.boolean(),
          assignCategories: list(text),
          forwardTo: list(email),
          stopProcessingRules: fc.boolean(),
        },
        { requiredKeys: [] }
      ),
    },
    { requiredKeys: ["name", "actions"] }
  )
  .map((candidate) => ruleSchema.safeParse(candidate))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as Rule);
const ruleSets = fc.sample(fc.array(rule, { minLength: 1, maxLength: 4 }), {
  numRuns: RUNS,
  seed: 20261125,
});

const leftOut = (warnings: RuleWarning[], target: Target, name: string) =>
  warnings.some(
    (warning) => warning.target === target && warning.rule === name && warning.kind === "left-out"
  );
const approximated = (warnings: RuleWarning[], target: Target, name: string, field: string) =>
  warnings.some(
    (warning) =>
      warning.target === target &&
      warning.rule === name &&
      warning.kind === "approximated" &&
      field.startsWith(warning.field)
  );

/** The strings of a rule each target must carry verbatim (headers split where the format splits them). */
function expected(rule: Rule, target: Target): [string, string][] {
  const out: [string, string][] = [];
  for (const scope of ["conditions", "exceptions"] as const) {
    const c = rule[scope];
    if (!c) continue;
    for (const field of [
      "fromAddresses",
      "sentToAddresses",
      "subjectContains",
      "bodyContains",
    ] as const)
      for (const value of c[field] ?? []) out.push([`${scope}.${field}`, value]);
    for (const value of c.headerContains ?? []) {
      if (target === "sieve")
        out.push(
          ...(splitHeader(value) ?? []).map((part): [string, string] => [
            `${scope}.headerContains`,
            part,
          ])
        );
      else if (target === "thunderbird") {
        // Thunderbird keeps header names lower-cased.
        const [name, text] = splitHeader(value) ?? [];
        if (name && text)
          out.push(
            [`${scope}.headerContains`, asciiLowerCase(name)],
            [`${scope}.headerContains`, text]
          );
      } else out.push([`${scope}.headerContains`, value]);
    }
    if (c.receivedThroughAccount && target !== "thunderbird")
      out.push([`${scope}.receivedThroughAccount`, c.receivedThroughAccount]);
  }
  if (["graph", "exchange-powershell", "outlook-classic", "thunderbird"].includes(target))
    out.push(["name", rule.name]);
  for (const value of rule.actions.forwardTo ?? []) out.push(["actions.forwardTo", value]);
  for (const value of rule.actions.assignCategories ?? [])
    out.push([
      "actions.assignCategories",
      // Thunderbird names a tag by its key: the name, lower-cased.
      target === "thunderbird" ? asciiLowerCase(value) : value,
    ]);
  for (const field of ["moveToFolder", "copyToFolder"] as const) {
    const folder = rule.actions[field];
    if (!folder) continue;
    if (target === "sieve")
      out.push([
        `actions.${field}`,
        (folder[0]?.toLowerCase() === "inbox" ? ["INBOX", ...folder.slice(1)] : folder).join("/"),
      ]);
    else if (target === "gmail") {
      const label = (folder[0]?.toLowerCase() === "inbox" ? folder.slice(1) : folder).join("/");
      if (label) out.push([`actions.${field}`, label]);
    } else if (target === "exchange-powershell")
      out.push([`actions.${field}`, `:\\${folder.join("\\")}`]);
    else for (const segment of folder) out.push([`actions.${field}`, segment]);
  }
  return out;
}

/** Every string the target's reader finds in the artifact. */
function extracted(target: Target, content: string): { has(value: string): boolean } {
  switch (target) {
    case "graph": {
      const strings = new Set<string>();
      const walk = (value: unknown): void => {
        if (typeof value === "string") strings.add(value);
        else if (value && typeof value === "object") Object.values(value).forEach(walk);
      };
      walk(JSON.parse(content));
      return strings;
    }
    case "exchange-powershell":
      return new Set(powershellLiterals(content).literals.flatMap((literal) => [literal]));
    case "outlook-classic":
      return { has: (value) => content.includes(`“${value}”`) || content.includes(`« ${value} »`) };
    case "thunderbird": {
      const strings = new Set<string>();
      for (const filter of parseThunderbird(content)) {
        strings.add(filter.name);
        for (const action of filter.actions) {
          if (action.value === undefined) continue;
          strings.add(action.value);
          if (action.action === "AddTag") strings.add(tagNameOfKey(action.value));
          const folder = /^mailbox:\/\/nobody@Local%20Folders\/(.*)$/.exec(action.value);
          if (folder)
            folder[1]!.split("/").forEach((segment) => strings.add(decodeURIComponent(segment)));
        }
        for (const term of filter.terms) strings.add(term.value).add(term.header ?? term.attribute);
      }
      return strings;
    }
    case "sieve":
      return new Set(sieveStrings(content));
    case "gmail": {
      const strings = new Set<string>();
      for (const entry of parseGmail(content)) {
        for (const [name, value] of Object.entries(entry)) {
          strings.add(value);
          gmailTerms(value).forEach((term) => strings.add(term));
          if (name === "label") strings.add(value);
        }
      }
      return strings;
    }
  }
}

describe(`rule compilers over ${RUNS} generated rule sets per target (server/core/rules)`, function () {
  this.timeout(300000);
  const compiled = ruleSets.map((rules) => ({
    rules,
    result: compileRules(rules, { locale: "en" }),
  }));

  it("generates varied rule sets, hostile strings included", () => {
    assert.equal(ruleSets.length, RUNS);
    const all = JSON.stringify(ruleSets);
    for (const hostile of HOSTILE.slice(0, 3))
      assert.ok(all.includes(JSON.stringify(hostile).slice(1, -1)), hostile);
  });

  for (const target of TARGETS) {
    it(`${target}: every artifact parses and every kept string comes back exactly`, async () => {
      let kept = 0;
      for (const { rules, result } of compiled) {
        const artifact = result.artifacts.find((candidate) => candidate.target === target)!;
        const strings = extracted(target, artifact.content);
        for (const rule of rules) {
          if (leftOut(result.warnings, target, rule.name)) continue;
          kept++;
          for (const [field, value] of expected(rule, target)) {
            if (approximated(result.warnings, target, rule.name, field)) continue;
            assert.ok(
              strings.has(value),
              `${target}: ${field} ${JSON.stringify(value)} of rule ${JSON.stringify(rule.name)} is lost in:\n${artifact.content}`
            );
          }
        }
      }
      assert.ok(
        kept > RUNS / 4,
        `${target} kept only ${kept} rules: the generator or the compiler is too strict`
      );
      if (target === "sieve") {
        const failures = await sievecErrors(
          compiled.map(
            ({ result }) =>
              result.artifacts.find((candidate) => candidate.target === "sieve")!.content
          )
        );
        assert.deepEqual(failures.slice(0, 3), []);
      }
    });
  }
});
