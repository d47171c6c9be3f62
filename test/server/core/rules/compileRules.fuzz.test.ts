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
import { powershellCommands } from "../../../helpers/formats/powershell.js";
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

/**
 * What the target's reader finds, rule by rule (in the order of the rules the target keeps) and
 * field by field in the rule model's names. Where a format has no per-rule or per-field structure
 * the reader can trust, the key is coarser: Gmail properties hold several fields ("gmail:label",
 * "gmail:hasTheWord"), a Sieve or Outlook-steps rule is one block of text ("block").
 */
type Found = Map<string, Set<string>>;
const add = (found: Found, field: string, value: string) =>
  (found.get(field) ?? found.set(field, new Set()).get(field)!).add(value);

const PS_FIELDS: Record<string, string> = {
  Name: "name",
  From: "conditions.fromAddresses",
  SentTo: "conditions.sentToAddresses",
  SubjectContainsWords: "conditions.subjectContains",
  BodyContainsWords: "conditions.bodyContains",
  HeaderContainsWords: "conditions.headerContains",
  ApplyCategory: "actions.assignCategories",
  ForwardTo: "actions.forwardTo",
  MoveToFolder: "actions.moveToFolder",
  CopyToFolder: "actions.copyToFolder",
};
const TB_TERMS: Record<string, string> = {
  from: "fromAddresses",
  "to or cc": "sentToAddresses",
  subject: "subjectContains",
  body: "bodyContains",
  header: "headerContains",
};
const TB_ACTIONS: Record<string, string> = {
  AddTag: "actions.assignCategories",
  Forward: "actions.forwardTo",
  "Move to folder": "actions.moveToFolder",
  "Copy to folder": "actions.copyToFolder",
};
const GMAIL_FIELDS: Record<string, string> = {
  from: "conditions.fromAddresses",
  to: "conditions.sentToAddresses",
  subject: "conditions.subjectContains",
  forwardTo: "actions.forwardTo",
};

function read(target: Target, content: string): Found[] {
  switch (target) {
    case "graph": {
      const { rules } = JSON.parse(content) as {
        rules: { body: Record<string, unknown>; folderPaths: Record<string, string[]> }[];
      };
      return rules.map(({ body, folderPaths }) => {
        const found: Found = new Map();
        add(found, "name", body.displayName as string);
        for (const scope of ["conditions", "exceptions", "actions"])
          for (const [field, value] of Object.entries((body[scope] ?? {}) as object))
            for (const item of Array.isArray(value) ? value : [value])
              add(
                found,
                `${scope}.${field}`,
                typeof item === "object"
                  ? (item as { emailAddress: { address: string } }).emailAddress.address
                  : String(item)
              );
        for (const [field, path] of Object.entries(folderPaths))
          for (const segment of path) add(found, `actions.${field}`, segment);
        return found;
      });
    }
    case "exchange-powershell":
      return powershellCommands(content)
        .filter((command) => command.name === "New-InboxRule")
        .map((command) => {
          const found: Found = new Map();
          for (const [parameter, values] of Object.entries(command.parameters)) {
            const field = PS_FIELDS[parameter.replace(/^ExceptIf/, "")];
            if (!field) continue;
            const scoped = parameter.startsWith("ExceptIf")
              ? field.replace("conditions.", "exceptions.")
              : field;
            for (const value of values) add(found, scoped, value);
          }
          return found;
        });
    case "thunderbird":
      return parseThunderbird(content).map((filter) => {
        const found: Found = new Map();
        add(found, "name", filter.name);
        for (const term of filter.terms) {
          const field = TB_TERMS[term.attribute];
          if (!field) continue;
          const scope = /isn't|doesn't/.test(term.op) ? "exceptions" : "conditions";
          if (term.header) add(found, `${scope}.${field}`, term.header);
          add(found, `${scope}.${field}`, term.value);
        }
        for (const action of filter.actions) {
          const field = TB_ACTIONS[action.action];
          if (!field || action.value === undefined) continue;
          const folder = /^mailbox:\/\/nobody@Local%20Folders\/(.*)$/.exec(action.value);
          if (folder)
            folder[1]!
              .split("/")
              .forEach((segment) => add(found, field, decodeURIComponent(segment)));
          else
            add(
              found,
              field,
              action.action === "AddTag" ? tagNameOfKey(action.value) : action.value
            );
        }
        return found;
      });
    case "gmail": {
      // A rule becomes as many entries as its note says ("written as N Gmail filters").
      const entries = parseGmail(content);
      const found: Found[] = [];
      for (const entry of entries) {
        const current: Found = new Map();
        for (const [name, value] of Object.entries(entry)) {
          const field = GMAIL_FIELDS[name] ?? `gmail:${name}`;
          for (const term of name === "label" ? [value] : gmailTerms(value).concat(value))
            add(current, field, term);
        }
        found.push(current);
      }
      return found;
    }
    case "sieve":
      return content
        .split(/\n\n(?=# )/)
        .slice(1)
        .map((block) => new Map([["block", new Set(sieveStrings(block))]]));
    case "outlook-classic":
      return content
        .split(/\n\n(?==)/)
        .filter((block) => block.startsWith("=="))
        .map((block) => new Map([["block", new Set([block])]]));
  }
}

/** Gmail entries back into rules: consecutive, as many per rule as its note says ("written as N"). */
function groupGmail(entries: Found[], kept: Rule[], warnings: RuleWarning[]): Found[] {
  const notes = warnings.filter(
    (warning) =>
      warning.target === "gmail" && warning.kind === "note" && warning.field === "actions"
  );
  let next = 0;
  return kept.map((rule) => {
    const note = notes.findIndex((warning) => warning.rule === rule.name);
    const count =
      note < 0 ? 1 : Number(/written as (\d+)/.exec(notes.splice(note, 1)[0]!.message)![1]);
    const merged: Found = new Map();
    for (const entry of entries.slice(next, next + count))
      for (const [field, values] of entry) values.forEach((value) => add(merged, field, value));
    next += count;
    return merged;
  });
}

/** Where a target keeps a field of the rule model. */
function locate(target: Target, field: string): string {
  if (target === "sieve" || target === "outlook-classic") return "block";
  if (target !== "gmail") return field;
  if (/^actions\.(moveToFolder|copyToFolder|assignCategories)$/.test(field)) return "gmail:label";
  if (GMAIL_FIELDS[field.replace(/^.*\./, "")] || Object.values(GMAIL_FIELDS).includes(field))
    return field;
  return "gmail:hasTheWord";
}

const holds = (target: Target, found: Found | undefined, field: string, value: string) => {
  const values = found?.get(locate(target, field));
  if (!values) return false;
  if (target !== "outlook-classic") return values.has(value);
  const [block] = values;
  return block!.includes(`“${value}”`) || block!.includes(`« ${value} »`);
};

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
    it(`${target}: every artifact parses and every kept string comes back exactly, in its rule and field`, async () => {
      let kept = 0;
      for (const { rules, result } of compiled) {
        // Warnings name rules: a set with two rules of one name cannot be told apart.
        if (new Set(rules.map((rule) => rule.name)).size < rules.length) continue;
        const artifact = result.artifacts.find((candidate) => candidate.target === target)!;
        const keptRules = rules.filter((rule) => !leftOut(result.warnings, target, rule.name));
        const entries = read(target, artifact.content);
        const found =
          target === "gmail" ? groupGmail(entries, keptRules, result.warnings) : entries;
        assert.equal(found.length, keptRules.length, `${target}: one rule read per rule kept`);
        for (const [index, rule] of keptRules.entries()) {
          kept++;
          for (const [field, value] of expected(rule, target)) {
            if (approximated(result.warnings, target, rule.name, field)) continue;
            assert.ok(
              holds(target, found[index], field, value),
              `${target}: ${field} ${JSON.stringify(value)} of rule ${JSON.stringify(rule.name)} is not in its field in:\n${artifact.content}`
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
