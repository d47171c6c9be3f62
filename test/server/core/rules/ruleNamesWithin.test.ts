import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { ruleNamesWithin } from "../../../../server/core/rules/ruleNamesWithin.js";

const named = (...names: string[]): Rule[] =>
  names.map((name) => ({ name, actions: { markAsRead: true } }));
const within10 = (...names: string[]) => ruleNamesWithin(named(...names), 10);

describe("rule names within a length limit (server/core/rules)", () => {
  it("keeps names up to the limit as they are", () => {
    assert.deepEqual(within10("Court", "Exactement"), ["Court", "Exactement"]);
  });

  it("cuts a longer name to the limit, ending it with “…”", () => {
    assert.deepEqual(within10("abcdefghijkl"), ["abcdefghi…"]);
  });

  it("numbers cuts that would collide: … (2), … (3)", () => {
    assert.deepEqual(within10("abcdefghijkl", "abcdefghiXYZ", "abcdefghiQQQ"), [
      "abcdefghi…",
      "abcde… (2)",
      "abcde… (3)",
    ]);
  });

  it("never takes the name of a rule that fits, whatever its place or case", () => {
    assert.deepEqual(within10("abcdefghijkl", "ABCDEFGHI…"), ["abcde… (2)", "ABCDEFGHI…"]);
    assert.deepEqual(within10("ABCDEFGHIjkl", "abcdefghi…"), ["ABCDE… (2)", "abcdefghi…"]);
  });

  it("drops the spaces a cut leaves before “…”", () => {
    assert.deepEqual(within10("abcd     xyz"), ["abcd…"]);
  });

  it("never cuts a character outside the BMP in half (UTF-16 code units, as .NET counts)", () => {
    assert.deepEqual(within10("abcdefgh😀xyz"), ["abcdefgh…"]);
    assert.deepEqual(within10("abcdefgh\u{10000}xyz"), ["abcdefgh…"]);
    assert.deepEqual(within10("abcdefgh\u{10FFFF}xyz"), ["abcdefgh…"]);
    assert.deepEqual(within10("abcdefg😀xyz"), ["abcdefg😀…"]);
    assert.deepEqual(within10("abcdefgh\uE000xyz"), ["abcdefgh\uE000…"]);
  });
});
