// Server-side translations (findings) with i18next, one JSON resource per language and area
// (server/i18n/locales/<lang>/). The API answers in the language the request asks for: an explicit
// `locale`, else Accept-Language, else English.
import i18next from "i18next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@contracts/locales.js";
import type { Translate } from "../core/findings.js";
import enFindings from "./locales/en/findings.json" with { type: "json" };
import frFindings from "./locales/fr/findings.json" with { type: "json" };

export const SERVICE_RESOURCES = {
  en: { findings: enFindings },
  fr: { findings: frFindings },
} satisfies Record<Locale, unknown>;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  ns: ["findings"],
  defaultNS: "findings",
  resources: SERVICE_RESOURCES,
  interpolation: { escapeValue: false }, // JSON output; the taskpane's React escapes.
  // Finding keys are built from check ids at run time, so the compiler cannot check them: a key
  // missing in the language and its fallback is a bug, not a text to show. i18next calls this only
  // when its lookup failed, so a text that exists costs one lookup (an `exists` before each `t`
  // doubled the catalog's share of a mailbox diagnosis, ~6 % of its CPU).
  parseMissingKeyHandler: (key: string, _default: unknown, options: { lng?: string }) => {
    throw new Error(`missing translation ${options.lng ?? DEFAULT_LOCALE}:${key}`);
  },
});

/**
 * The service's catalog seen through plain strings: i18next's key types (addin/src/i18n/i18next.d.ts)
 * describe the taskpane's catalog, and are global to the TypeScript program.
 */
interface ServiceCatalog {
  t(key: string, options: Record<string, unknown>): string;
}
const catalog = instance as unknown as ServiceCatalog;

/**
 * The catalog in one language; a key it does not have throws (see parseMissingKeyHandler above),
 * and the tests check every key, since the compiler's i18next key types describe the taskpane's
 * catalog. Not getFixedT: its function copies i18next's whole options object at every call.
 */
export function translator(locale: Locale): Translate {
  return (key, params) => catalog.t(key, { ...params, lng: locale });
}
