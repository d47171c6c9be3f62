// The language the user picked by hand, kept on this device across reloads (a choice made in the
// header beats what Outlook or the browser suggests).
import { LANGUAGE_COOKIE, isLocale, type Locale } from "@contracts/locales.js";

const KEY = "mailbridge.language";

export function loadLanguageChoice(
  storage: Pick<Storage, "getItem"> = window.localStorage
): Locale | null {
  try {
    const value = storage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage disabled: the suggested language applies
  }
}

export function saveLanguageChoice(
  locale: Locale,
  storage: Pick<Storage, "setItem"> = window.localStorage,
  cookies: { cookie: string } = document
): void {
  try {
    storage.setItem(KEY, locale);
  } catch {
    // Remembering the choice is a convenience only.
  }
  // The server paints the next page in this language before the script runs (a preference, not an
  // identifier: sent to this site only, readable by the page).
  cookies.cookie = `${LANGUAGE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
