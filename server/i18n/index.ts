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
});

/**
 * The service's catalog seen through plain strings: i18next's key types (addin/src/i18n/i18next.d.ts)
 * describe the taskpane's catalog, and are global to the TypeScript program.
 */
interface ServiceCatalog {
  getFixedT(locale: Locale, ns: "findings"): Translate;
  exists(key: string, options: Record<string, unknown>): boolean;
}
const catalog = instance as unknown as ServiceCatalog;

/**
 * The catalog in one language. Finding keys are built from check ids at run time, so they are
 * checked here (a missing text is a bug, not an empty string) and by the tests, not by the
 * compiler — whose i18next key types describe the taskpane's catalog.
 */
export function translator(locale: Locale): Translate {
  const t = catalog.getFixedT(locale, "findings");
  return (key, params) => {
    if (!catalog.exists(key, { lng: locale, ns: "findings", ...params }))
      throw new Error(`missing translation ${locale}:${key}`);
    return t(key, params);
  };
}
