// i18next set-up for the taskpane. Only French and English exist; anything else falls back to English.
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en.js";
import { fr } from "./locales/fr.js";

export const SUPPORTED_LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** "fr-FR", "fr-CA", "FR" → "fr"; everything else → "en". */
export function pickLanguage(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: SUPPORTED_LANGUAGES,
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}
