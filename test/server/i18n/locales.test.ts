import assert from "node:assert/strict";
import { en } from "../../../server/i18n/en.js";
import { fr } from "../../../server/i18n/fr.js";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [full] : keys(value as object, full);
  });
}

describe("service translations (server/i18n)", () => {
  it("has the same keys in English and French", () => {
    assert.deepEqual(keys(fr).sort(), keys(en).sort());
  });

  it("uses the same {{placeholders}} in both languages", () => {
    const placeholders = (messages: object, key: string) => {
      const text = key
        .split(".")
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part],
          messages
        ) as string;
      return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    };
    for (const key of keys(en)) assert.deepEqual(placeholders(fr, key), placeholders(en, key), key);
  });
});
