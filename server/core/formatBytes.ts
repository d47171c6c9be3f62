import type { Locale } from "../../contracts/diagnosis.js";

const UNITS: Record<Locale, [string, string, string]> = { en: ["KB", "MB", "GB"], fr: ["Ko", "Mo", "Go"] };

/** 15215886336 → "14.2 GB" (en) / "14,2 Go" (fr). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [kb, mb, gb] = UNITS[locale];
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  if (bytes >= 1024 ** 3) return `${number(bytes / 1024 ** 3, 1)} ${gb}`;
  if (bytes >= 1024 ** 2) return `${number(bytes / 1024 ** 2, 0)} ${mb}`;
  return `${number(Math.max(1, bytes / 1024), 0)} ${kb}`;
}
