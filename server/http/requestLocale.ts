import type { Request } from "express";
import type { Locale } from "../../contracts/diagnosis.js";

/** The language to answer in: an explicit choice, else the browser's Accept-Language, else English. */
export function requestLocale(req: Request, explicit?: Locale): Locale {
  if (explicit) return explicit;
  const accepted = req.acceptsLanguages("fr", "en");
  return accepted === "fr" ? "fr" : "en";
}
