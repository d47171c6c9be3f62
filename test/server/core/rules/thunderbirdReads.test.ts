// The real judge of msgFilterRules.dat: Debian's Thunderbird (headless, over Marionette) loads the
// file with its own C++ reader, and what it read must be what the rules say — names, quotes and
// backslashes included, tags by the key Thunderbird gives them, folders by their real URIs. Our own
// reader (test/helpers/formats/thunderbird.ts) must read the same.
import assert from "node:assert/strict";
import path from "node:path";
import type { Rule, RuleWarning } from "@contracts/rules.js";
import { compileRules } from "../../../../server/core/rules/compileRules.js";
import { splitHeader } from "../../../../server/core/rules/compileContext.js";
import { parseThunderbird } from "../../../helpers/formats/thunderbird.js";
import { startThunderbird, type RunningThunderbird } from "../../../helpers/thunderbird.js";

const QUOTES = [
  'say "hi"',
  " leading space",
  '"starts with a quote',
  'ends with a quote"',
  'back\\"slash before a quote',
  "two \\\\ backslashes",
  "ends with a backslash\\",
  "tab\there",
  'a) paren and "quotes"',
];
const rules: Rule[] = [
  {
    name: 'Guillemets "doubles" et C:\\barres\\\\obliques \\"',
    conditions: { subjectContains: ['say "hi" (again)'], fromAddresses: ["o'brien@example.org"] },
    exceptions: { bodyContains: ['unsubscribe "now"'] },
    actions: {
      markAsRead: true,
      assignCategories: ["My Tag", "Été 2024", "Work", "a(b)c", 'quote"d', "x=y;z"],
      moveToFolder: ["Archives 2024", "a(b)!'*~+"],
    },
  },
  {
    name: "Any of these subjects",
    conditions: { subjectContains: QUOTES },
    actions: { copyToFolder: ["Été", "100%"], forwardTo: ["me@example.org"] },
  },
  {
    name: "Header, no attachment, disabled",
    enabled: false,
    conditions: {
      headerContains: ['X-Mailer: Outlook "16" \\ (x)'],
      hasAttachments: false,
    },
    actions: { assignCategories: ["To Do"], stopProcessingRules: true },
  },
  {
    name: "Left out: a quoted value ending with a backslash",
    conditions: { subjectContains: ["a) b\\"] },
    actions: { markAsRead: true },
  },
  {
    name: "Any of these headers",
    conditions: { headerContains: ["X-Spam-Flag: YES", "List-Id: <news.example.org>"] },
    actions: { markAsRead: true },
  },
];

interface ReadFilter {
  name: string;
  enabled: boolean;
  unparseable: boolean;
  actions: { type: string; value: string }[];
  terms: { attrib: string; op: string; value: string; booleanAnd: boolean; header: string }[];
}

describe("Thunderbird reads our msgFilterRules.dat as we mean it (server/core/rules)", function () {
  this.timeout(90000);
  let thunderbird: RunningThunderbird;
  let read: ReadFilter[];
  let tagKeys: Record<string, string>;
  let folderUris: Record<string, string>;
  let file: string;
  let warnings: RuleWarning[];
  const categories = rules.flatMap((rule) => rule.actions.assignCategories ?? []);
  const folders = rules.flatMap((rule) =>
    [rule.actions.moveToFolder, rule.actions.copyToFolder].filter(
      (folder): folder is string[] => folder !== undefined
    )
  );

  before(async () => {
    // Compiled here, not while mocha loads the file: Stryker would count that as a static mutant.
    const compiled = compileRules(rules, { locale: "en", targets: ["thunderbird"] });
    file = compiled.artifacts[0]!.content;
    warnings = compiled.warnings;
    thunderbird = await startThunderbird();
    ({ read, tagKeys, folderUris } = await thunderbird.marionette.run<{
      read: ReadFilter[];
      tagKeys: Record<string, string>;
      folderUris: Record<string, string>;
    }>(
      `const [file, filePath, categories, folders] = args;
      const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
      MailServices.accounts.createLocalMailAccount();
      const root = MailServices.accounts.localFoldersServer.rootFolder;
      // As a user would: create each tag once in Settings > Tags (the built-in ones exist already).
      const tagKeys = {};
      for (const name of categories) {
        if (!MailServices.tags.getKeyForTag(name)) MailServices.tags.addTag(name, "", "");
        tagKeys[name] = MailServices.tags.getKeyForTag(name);
      }
      const folderUris = {};
      for (const folder of folders) {
        let parent = root;
        for (const name of folder) {
          if (!parent.containsChildNamed(name)) parent.createSubfolder(name, null);
          parent = parent.getChildNamed(name);
        }
        folderUris[JSON.stringify(folder)] = parent.URI;
      }
      await IOUtils.writeUTF8(filePath, file);
      const list = MailServices.filters.OpenFilterList(new FileUtils.File(filePath), root, null);
      const names = (table, value) => Object.keys(table).find((key) => table[key] === value) ?? String(value);
      const read = [];
      for (let index = 0; index < list.filterCount; index++) {
        const filter = list.getFilterAt(index);
        read.push({
          name: filter.filterName,
          enabled: filter.enabled,
          unparseable: filter.unparseable,
          actions: Array.from({ length: filter.actionCount }, (_, at) => filter.getActionAt(at)).map((action) => ({
            type: names(Ci.nsMsgFilterAction, action.type),
            value:
              action.type === Ci.nsMsgFilterAction.MoveToFolder ||
              action.type === Ci.nsMsgFilterAction.CopyToFolder
                ? action.targetFolderUri
                : action.type === Ci.nsMsgFilterAction.AddTag || action.type === Ci.nsMsgFilterAction.Forward
                  ? action.strValue
                  : "",
          })),
          terms: filter.searchTerms.map((term) => ({
            attrib: names(Ci.nsMsgSearchAttrib, term.attrib),
            op: names(Ci.nsMsgSearchOp, term.op),
            value: term.attrib === Ci.nsMsgSearchAttrib.HasAttachmentStatus ? "" : term.value.str,
            booleanAnd: term.booleanAnd,
            header: term.arbitraryHeader,
          })),
        });
      }
      return { read, tagKeys, folderUris };`,
      [file, path.join(thunderbird.scratch, "msgFilterRules.dat"), categories, folders]
    ));
  });
  after(() => thunderbird?.stop());

  it("reads every kept rule, none unparseable, and the file says why one was left out", () => {
    assert.deepEqual(
      read.map((filter) => [filter.name, filter.enabled, filter.unparseable]),
      [
        [rules[0]!.name, true, false],
        [rules[1]!.name, true, false],
        [rules[2]!.name, false, false],
        [rules[4]!.name, true, false],
      ]
    );
    assert.ok(
      warnings.some((warning) => warning.rule === rules[3]!.name && warning.kind === "left-out")
    );
  });

  it("reads quotes, backslashes, parentheses and leading spaces in values exactly", () => {
    assert.deepEqual(read[0]!.terms, [
      { attrib: "Sender", op: "Is", value: "o'brien@example.org", booleanAnd: true, header: "" },
      {
        attrib: "Subject",
        op: "Contains",
        value: 'say "hi" (again)',
        booleanAnd: true,
        header: "",
      },
      {
        attrib: "Body",
        op: "DoesntContain",
        value: 'unsubscribe "now"',
        booleanAnd: true,
        header: "",
      },
    ]);
    assert.deepEqual(
      read[1]!.terms,
      QUOTES.map((value) => ({
        attrib: "Subject",
        op: "Contains",
        value,
        booleanAnd: false,
        header: "",
      }))
    );
    const [name, text] = splitHeader(rules[2]!.conditions!.headerContains![0]!)!;
    assert.deepEqual(read[2]!.terms, [
      {
        attrib: read[2]!.terms[0]!.attrib,
        op: "Contains",
        value: text,
        booleanAnd: true,
        header: name.toLowerCase(),
      },
      { attrib: "HasAttachmentStatus", op: "Isnt", value: "", booleanAnd: true, header: "" },
    ]);
    assert.deepEqual(read[3]!.terms, [
      {
        attrib: read[2]!.terms[0]!.attrib,
        op: "Contains",
        value: "YES",
        booleanAnd: false,
        header: "x-spam-flag",
      },
      {
        attrib: read[2]!.terms[0]!.attrib,
        op: "Contains",
        value: "<news.example.org>",
        booleanAnd: false,
        header: "list-id",
      },
    ]);
  });

  it("applies the tags the user created by name, built-in ones included, and the real folders", () => {
    assert.deepEqual(
      read[0]!.actions.filter((action) => action.type === "AddTag").map((action) => action.value),
      rules[0]!.actions.assignCategories!.map((category) => tagKeys[category])
    );
    assert.deepEqual(
      read[2]!.actions.find((action) => action.type === "AddTag")?.value,
      tagKeys["To Do"]
    );
    assert.equal(tagKeys.Work, "$label2", "Thunderbird's own Work tag");
    assert.equal(
      read[0]!.actions.find((action) => action.type === "MoveToFolder")?.value,
      folderUris[JSON.stringify(rules[0]!.actions.moveToFolder)]
    );
    assert.equal(
      read[1]!.actions.find((action) => action.type === "CopyToFolder")?.value,
      folderUris[JSON.stringify(rules[1]!.actions.copyToFolder)]
    );
    assert.deepEqual(
      read.map((filter) => filter.actions.map((action) => action.type)),
      [
        ["MarkRead", "AddTag", "AddTag", "AddTag", "AddTag", "AddTag", "AddTag", "MoveToFolder"],
        ["CopyToFolder", "Forward"],
        ["AddTag", "StopExecution"],
        ["MarkRead"],
      ]
    );
  });

  it("our own reader reads what Thunderbird reads", () => {
    const ours = parseThunderbird(file);
    assert.deepEqual(
      ours.map((filter) => ({
        name: filter.name,
        enabled: filter.enabled,
        terms: filter.terms.map((term) => [term.value, term.booleanAnd, term.header ?? ""]),
        values: filter.actions.map((action) => action.value ?? ""),
      })),
      read.map((filter) => ({
        name: filter.name,
        enabled: filter.enabled,
        terms: filter.terms.map((term) => [
          term.attrib === "HasAttachmentStatus" ? "true" : term.value,
          term.booleanAnd,
          term.header,
        ]),
        values: filter.actions.map((action) => action.value),
      }))
    );
  });
});
