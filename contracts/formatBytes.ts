// Sizes written the reader's way, shared by the service's findings and the taskpane's chart.
import { numberFormat } from "./intlFormats.js";

/** 15215886336 → "14.2 GB" (en) / "14,2 Go" (fr, and any "fr-*" tag). */
export function formatBytes(bytes: number, locale: string): string {
  const [kb, mb, gb] = locale.toLowerCase().startsWith("fr")
    ? ["Ko", "Mo", "Go"]
    : ["KB", "MB", "GB"];
  const number = (value: number, digits: number) =>
    numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
      value
    );
  if (bytes >= 1024 ** 3) return `${number(bytes / 1024 ** 3, 1)} ${gb}`;
  if (bytes >= 1024 ** 2) return `${number(bytes / 1024 ** 2, 0)} ${mb}`;
  return `${number(Math.max(1, bytes / 1024), 0)} ${kb}`;
}
