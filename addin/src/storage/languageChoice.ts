// The language the user picked by hand, kept on this device across reloads (a choice made in the
// header beats what Outlook or the browser suggests).
import { isLocale, type Locale } from "@contracts/locales.js";

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
  storage: Pick<Storage, "setItem"> = window.localStorage
): void {
  try {
    storage.setItem(KEY, locale);
  } catch {
    // Remembering the choice is a convenience only.
  }
}
