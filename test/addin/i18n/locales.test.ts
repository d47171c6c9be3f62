import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { en } from "../../../addin/src/i18n/locales/en.js";
import { fr } from "../../../addin/src/i18n/locales/fr.js";
import { pickLocale } from "@contracts/locales.js";
import { SECTIONS } from "../../../addin/src/views/sections.js";
import { SIGN_IN_ERROR_CODES } from "../../../addin/src/auth/signInError.js";
import { fromRoot } from "../../../server/projectRoot.js";

function flatten(messages: object, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(full, value);
    else for (const [inner, text] of flatten(value as object, full)) keys.set(inner, text);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("taskpane translations (addin/src/i18n)", () => {
  const english = flatten(en);
  const french = flatten(fr);

  it("has the same keys in English and French", () => {
    assert.deepEqual([...french.keys()].sort(), [...english.keys()].sort());
  });

  it("has no empty string in either language", () => {
    for (const [language, messages] of [
      ["en", english],
      ["fr", french],
    ] as const) {
      for (const [key, text] of messages)
        assert.ok(text.trim().length > 0, `${language}: ${key} is empty`);
    }
  });

  it("defines every literal key the views pass to t()", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(fromRoot("addin/src"))) {
      for (const match of readFileSync(file, "utf8").matchAll(
        /\bt\(\s*["'`]([a-zA-Z0-9_.]+)["'`]/g
      ))
        used.add(match[1]!);
    }
    assert.ok(used.size > 10, "the scan should find the views' keys");
    // A key may name a leaf string or a whole group (read with returnObjects).
    const defined = (messages: Map<string, string>, key: string) =>
      messages.has(key) || [...messages.keys()].some((leaf) => leaf.startsWith(`${key}.`));
    const missing = [...used].filter((key) => !defined(english, key) || !defined(french, key));
    assert.deepEqual(missing, []);
  });

  it("explains every sign-in error (signIn.errors.<code>)", () => {
    for (const code of SIGN_IN_ERROR_CODES)
      assert.ok(english.has(`signIn.errors.${code}`) && french.has(`signIn.errors.${code}`), code);
  });

  it("labels every section of the navigation (nav.<section>)", () => {
    for (const section of SECTIONS) {
      assert.ok(english.has(`nav.${section}`) && french.has(`nav.${section}`), section);
    }
  });

  it("picks French for any French locale and English otherwise", () => {
    assert.equal(pickLocale("fr-FR"), "fr");
    assert.equal(pickLocale("FR-ca"), "fr");
    assert.equal(pickLocale("en-US"), "en");
    assert.equal(pickLocale("de-DE"), "en");
    assert.equal(pickLocale(null), "en");
  });
});
