import type { Request } from "express";
import { LANGUAGE_COOKIE, isLocale, pickLocale, type Locale } from "@contracts/locales.js";

/**
 * The language the taskpane page is painted in, by the rule the app itself applies on load: the
 * language picked in the header (remembered in a cookie as well as in the page's storage), else the
 * browser's first language.
 */
export function pageLocale(req: Request): Locale {
  const chosen = req.headers.cookie
    ?.split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  if (isLocale(chosen)) return chosen;
  return pickLocale(req.headers["accept-language"]?.split(",")[0]?.split(";")[0]?.trim());
}
