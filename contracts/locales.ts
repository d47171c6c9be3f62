// The languages MailBridge speaks, defined once: the service's schemas and translations, the
// taskpane's i18n and its requests all derive from this list.
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** The language picked in the taskpane's header, for the server to paint the page in it. */
export const LANGUAGE_COOKIE = "mailbridge.language";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** "fr-FR", "fr-CA", "FR" → "fr"; a tag of a language we do not speak → English. */
export function pickLocale(tag: string | null | undefined): Locale {
  const language = tag?.toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
