// i18next set-up for the taskpane. Only French and English exist; anything else falls back to English.
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@contracts/locales.js";
import { en } from "./locales/en.js";
import { fr } from "./locales/fr.js";

export async function createI18n(language: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: LOCALES,
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}
