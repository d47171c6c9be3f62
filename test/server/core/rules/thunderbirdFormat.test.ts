// The pieces of msgFilterRules.dat as Thunderbird 153's own code reads and writes them
// (nsMsgFilterList::LoadValue, nsMsgSearchTerm::OutputValue, nsMsgTagService::AddTag, folder URIs).
// Each spelling is also read back by the real Thunderbird in thunderbirdReads.test.ts; here every
// rule of the format is pinned on its own, and our reader of the format reads back each value.
import assert from "node:assert/strict";
import {
  attributeLine,
  headerNameFits,
  localFolderUri,
  tagKey,
  termValue,
  unwritable,
} from "../../../../server/core/rules/compilers/thunderbirdFormat.js";
import {
  asciiLowerCase,
  parseThunderbird,
  tagNameOfKey,
} from "../../../helpers/formats/thunderbird.js";

/** The value LoadValue reads back from a name="..." line. */
const readBack = (line: string) => parseThunderbird(`${line}\n`)[0]!.name;

describe("Thunderbird's msgFilterRules.dat pieces (server/core/rules)", () => {
  describe("unwritable", () => {
    it("refuses line breaks, which end a value", () => {
      assert.equal(unwritable("one\ntwo"), "line-break");
      assert.equal(unwritable("one\rtwo"), "line-break");
      assert.equal(unwritable("ends with a line break\\\n"), "line-break");
    });

    it("refuses a final backslash, which would escape the closing quote", () => {
      assert.equal(unwritable("C:\\"), "trailing-backslash");
      assert.equal(unwritable("\\"), "trailing-backslash");
    });

    it("accepts backslashes elsewhere, quotes, tabs and any Unicode", () => {
      for (const value of ["a\\b", '"quoted"', "tab\there", "été 🙂", "\\start", ""])
        assert.equal(unwritable(value), null, value);
    });
  });

  describe("attributeLine", () => {
    it('writes key="value", escaping quotes as \\"', () => {
      assert.equal(attributeLine("name", "plain"), 'name="plain"');
      assert.equal(attributeLine("name", 'say "hi"'), 'name="say \\"hi\\""');
      assert.equal(attributeLine("action", ""), 'action=""');
    });

    it("writes a backslash before a backslash or a quote as \\\\ and that character verbatim", () => {
      assert.equal(attributeLine("name", 'a\\"b'), 'name="a\\\\"b"');
      assert.equal(attributeLine("name", "a\\\\b"), 'name="a\\\\\\b"');
      assert.equal(attributeLine("name", "a\\\\\\\\b"), 'name="a\\\\\\\\\\\\b"');
    });

    it("leaves any other backslash as it is", () => {
      assert.equal(attributeLine("name", "C:\\dir\\file"), 'name="C:\\dir\\file"');
    });

    it("is read back exactly as written by Thunderbird's LoadValue", () => {
      for (const value of [
        'Guillemets "doubles" et C:\\barres\\\\obliques \\"',
        '\\"',
        '\\\\"x',
        "\\\\\\x",
        'a\\"\\\\"b',
        "\\x\\\\y",
      ])
        assert.equal(readBack(attributeLine("name", value)), value, value);
    });
  });

  describe("termValue", () => {
    it("writes a plain value as it is", () => {
      assert.equal(termValue("facture 2024"), "facture 2024");
      assert.equal(termValue("C:\\path\\"), "C:\\path\\");
      assert.equal(termValue("(starts with a paren"), "(starts with a paren");
    });

    it("escapes quotes inside a value", () => {
      assert.equal(termValue('say "hi" now'), 'say \\"hi\\" now');
    });

    it('quotes a value holding ")" or starting with a space, a tab or a quote', () => {
      assert.equal(termValue("a) b"), '"a) b"');
      assert.equal(termValue(" leading"), '" leading"');
      assert.equal(termValue("\tleading"), '"\tleading"');
      assert.equal(termValue('"quoted" start'), '"\\"quoted\\" start"');
      assert.equal(termValue("trailing space "), "trailing space ");
      assert.equal(termValue('inner ) and "q"'), '"inner ) and \\"q\\""');
    });

    it("cannot write a quoted value ending with a backslash", () => {
      assert.equal(termValue("a) b\\"), null);
      assert.equal(termValue(" b\\"), null);
    });
  });

  it("accepts header names without quotes, commas or backslashes", () => {
    assert.equal(headerNameFits("X-Mailer"), true);
    assert.equal(headerNameFits("X-Odd!#$%&'*+.^_`|~"), true);
    for (const name of ['X-"Q"', "X,Y", "X\\Y"]) assert.equal(headerNameFits(name), false, name);
  });

  describe("tagKey", () => {
    it("gives Thunderbird's default tags their own keys", () => {
      assert.deepEqual(["Important", "Work", "Personal", "To Do", "Later"].map(tagKey), [
        "$label1",
        "$label2",
        "$label3",
        "$label4",
        "$label5",
      ]);
      assert.equal(tagKey("work"), "work", "a default tag's name is matched exactly");
    });

    it("keeps printable ASCII, lower-cased, and writes the rest as =xx of the UTF-8 bytes", () => {
      assert.equal(tagKey("My Tag"), "my=20tag");
      assert.equal(tagKey("Été 2024"), "=c3=89t=c3=a9=202024");
      assert.equal(tagKey("!#$'+,-./:?@^_`|~"), "!#$'+,-./:?@^_`|~");
      assert.equal(tagKey("\t\u007f"), "=09=7f");
      assert.equal(tagKey("🙂"), "=f0=9f=99=82");
      assert.equal(tagKey(""), "tag", "an empty name still gets a key");
    });

    it('writes = ( ) [ ] { } % * " \\ < > ; & as =xx too', () => {
      assert.equal(tagKey('=()[]{}%*"\\<>;&'), "=3d=28=29=5b=5d=7b=7d=25=2a=22=5c=3c=3e=3b=26");
    });

    it("gives a key our reader turns back into the tag's name, ASCII lower-cased", () => {
      for (const name of ["Compta", "x=y;z", "a(b)c", "Été"])
        assert.equal(tagNameOfKey(tagKey(name)), asciiLowerCase(name));
    });
  });

  describe("localFolderUri", () => {
    it("points into Local Folders, one escaped segment per folder", () => {
      assert.equal(
        localFolderUri(["Archives 2024", "Factures"]),
        "mailbox://nobody@Local%20Folders/Archives%202024/Factures"
      );
    });

    it("escapes ! ' ( ) ~ as Thunderbird does, and leaves * and + as they are", () => {
      assert.equal(
        localFolderUri(["a(b)!'*~+", "100%", "Été"]),
        "mailbox://nobody@Local%20Folders/a%28b%29%21%27*%7E+/100%25/%C3%89t%C3%A9"
      );
      assert.equal(localFolderUri(["((++))"]), "mailbox://nobody@Local%20Folders/%28%28++%29%29");
    });
  });
});
