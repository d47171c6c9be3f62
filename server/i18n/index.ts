// Server-side translations (findings, messages) with i18next. The API answers in the language the
// request asks for: an explicit `locale`, else Accept-Language, else English.
import i18next from "i18next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@contracts/locales.js";
import { en } from "./en.js";
import { fr } from "./fr.js";

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  resources: { en: { translation: en }, fr: { translation: fr } },
  interpolation: { escapeValue: false }, // JSON output; the taskpane's React escapes.
});

export type Translator = (key: string, params?: Record<string, string>) => string;

export function translator(locale: Locale): Translator {
  const t = instance.getFixedT(locale);
  return (key, params) => {
    if (!instance.exists(key, { lng: locale }))
      throw new Error(`missing translation ${locale}:${key}`);
    return t(key, params ?? {});
  };
}
