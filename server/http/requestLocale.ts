import type { Request } from "express";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@contracts/locales.js";

/** The language to answer in: an explicit choice, else the browser's Accept-Language, else English. */
export function requestLocale(req: Request, explicit?: Locale): Locale {
  if (explicit) return explicit;
  const accepted = req.acceptsLanguages(...LOCALES);
  return accepted === false ? DEFAULT_LOCALE : (accepted as Locale);
}
