// i18next for the taskpane: one JSON resource per language and area (addin/src/i18n/locales/<lang>/),
// each language loaded as one chunk the first time it is used, so the first paint carries only the
// language shown. Keys are type-checked through i18next's CustomTypeOptions (i18next.d.ts).
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@contracts/locales.js";

export const NAMESPACES = [
  "common",
  "signIn",
  "diagnose",
  "mailbox",
  "repair",
  "faq",
  "unify",
  "settings",
  "migrate",
  "monitor",
  "account",
  "errors",
  "import",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** One language's resources: every namespace at once (webpack makes one chunk per language). */
const loadLanguage = (language: string) =>
  language === "fr"
    ? import("./locales/fr/index.js").then((module) => module.resources)
    : import("./locales/en/index.js").then((module) => module.resources);

export async function createI18n(language: Locale): Promise<i18n> {
  // i18next asks for the fallback language only once the chosen one has arrived; both are needed
  // before the first paint, so both chunks are requested now, side by side.
  for (const lng of new Set([language, DEFAULT_LOCALE])) void loadLanguage(lng);
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(
      resourcesToBackend(
        async (lng: string, ns: string) => (await loadLanguage(lng))[ns as Namespace]
      )
    )
    .init({
      lng: language,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: LOCALES,
      ns: NAMESPACES,
      defaultNS: "common",
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
    });
  return instance;
}
