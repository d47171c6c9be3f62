import assert from "node:assert/strict";
import { z } from "zod";
import { isStorableText, storableText, textOfAtMost } from "../../../server/core/storableText.js";

describe("storable text (server/core)", () => {
  it("takes any well-formed Unicode, tabs and line breaks included", () => {
    for (const text of [
      "",
      'l’été « Noël » ‘quoted’ \\ " $x `y`',
      "tab\there, line\nfeed, carriage\rreturn",
      " ~\u007f\u0080\u00a0",
      "😀 emoji, עברית right to left",
      "\ud7ff\ue000\ufffd\ufffc",
      "\u{10000}\u{10ffff}",
    ])
      assert.equal(isStorableText(text), true, JSON.stringify(text));
  });

  it("refuses NUL and the other C0 controls, lone surrogates and U+FFFE/U+FFFF", () => {
    for (const text of [
      "a\u0000b",
      "\u0001",
      "\u0008",
      "\u000b",
      "\u000c",
      "\u000e",
      "\u001f",
      "lone high \ud83d",
      "lone low \ude00",
      "\ufffe",
      "\uffff",
    ])
      assert.equal(isStorableText(text), false, JSON.stringify(text));
  });

  it("adds the refusal to a schema, reported as invalid_text with a sentence a person understands", () => {
    const schema = storableText(z.string().min(1));
    assert.equal(schema.parse("ok"), "ok");
    const result = schema.safeParse("a\u0000b");
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error!.issues.map((issue) => ({
        code: issue.code,
        message: issue.message,
        params: issue.code === "custom" ? issue.params : undefined,
      })),
      [
        {
          code: "custom",
          message: "contains control characters or broken Unicode that cannot be stored",
          params: { problem: "invalid_text" },
        },
      ]
    );
  });

  it("bounds text at a number of characters (code points, an emoji is one), and says the bound", () => {
    const schema = textOfAtMost(3);
    assert.equal(schema.parse("abc"), "abc");
    assert.equal(schema.parse("a😀b"), "a😀b");
    const tooLong = schema.safeParse("a😀bc");
    assert.deepEqual(
      tooLong.error!.issues.map((issue) => issue.message),
      ["must be at most 3 characters"]
    );
    assert.deepEqual(
      schema.safeParse("\u0000").error!.issues.map((issue) => issue.message),
      ["contains control characters or broken Unicode that cannot be stored"]
    );
  });
});
