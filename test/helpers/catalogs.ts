// What every translation catalog must satisfy, for the taskpane's and the service's alike: the same
// keys in every language (plural forms as each language's grammar needs them), the same
// placeholders, no empty text, and French typography.
import assert from "node:assert/strict";
import { LOCALES, type Locale } from "@contracts/locales.js";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every text of a catalog by its dotted key ("steps.backupPst.how.1"). */
export function flatten(messages: unknown, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(full, value);
    else for (const [inner, text] of flatten(value, full)) keys.set(inner, text);
  }
  return keys;
}

/** Keys without their plural suffix: "progress_one" and "progress_other" are one key, "progress". */
const baseKeys = (texts: Map<string, string>) =>
  new Set([...texts.keys()].map((key) => key.replace(PLURAL_SUFFIX, "")));

/** The plural forms a language's grammar distinguishes (Intl, as i18next uses it). */
const pluralCategories = (locale: Locale) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

/** One catalog, every language: { en: {…}, fr: {…} } for one namespace. */
export function checkCatalog(name: string, byLocale: Record<Locale, unknown>): void {
  const texts = Object.fromEntries(
    LOCALES.map((locale) => [locale, flatten(byLocale[locale])])
  ) as Record<Locale, Map<string, string>>;
  const english = texts.en;
  for (const locale of LOCALES) {
    const mine = texts[locale];
    assert.deepEqual(
      [...baseKeys(mine)].sort(),
      [...baseKeys(english)].sort(),
      `${name}: ${locale} and en have different keys`
    );
    for (const [key, text] of mine)
      assert.ok(text.trim().length > 0, `${name}: ${locale}:${key} is empty`);
    // Every plural key has each form the language needs, and no form it never uses.
    const plural = [...mine.keys()].filter((key) => PLURAL_SUFFIX.test(key));
    for (const base of new Set(plural.map((key) => key.replace(PLURAL_SUFFIX, "")))) {
      for (const category of pluralCategories(locale)) {
        if (category === "zero" || category === "two" || category === "few") continue;
        assert.ok(
          mine.has(`${base}_${category}`),
          `${name}: ${locale}:${base}_${category} is missing`
        );
      }
    }
    // The same placeholders as the English text of the same key (or of its "other" form).
    for (const [key, text] of mine) {
      const englishText = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, "_other"));
      if (englishText === undefined) continue;
      const expected = new Set(placeholders(englishText));
      for (const placeholder of placeholders(text))
        assert.ok(
          expected.has(placeholder) || placeholder === "count",
          `${name}: ${locale}:${key} uses {{${placeholder}}} that English does not`
        );
    }
  }
}

/** French typography: a non-breaking space before : ; ! ? and inside « », no doubled full stop. */
export function frenchTypographyProblems(messages: unknown): string[] {
  const problems: string[] = [];
  for (const [key, text] of flatten(messages)) {
    if (/ [:;!?]/.test(text)) problems.push(`${key}: breaking space before punctuation: ${text}`);
    if (/[^\s\u00a0\u202f/][;!?](\s|$)/u.test(text.replace(/https?:\/\/\S+/g, "")))
      problems.push(`${key}: no space before ; ! or ?: ${text}`);
    if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u.test(text))
      problems.push(`${key}: « » without non-breaking spaces: ${text}`);
    if (/(\.\.|…\.)(\s|$)/.test(text)) problems.push(`${key}: doubled full stop: ${text}`);
  }
  return problems;
}
