// Intl formatters cost far more to make than to use (tens of microseconds each, on every finding of
// every diagnosis): one per locale and options, made once. Bounded, in case locales come from afar.
const MAX_FORMATS = 200;
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function remembered<T>(formats: Map<string, T>, key: string, make: () => T): T {
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= MAX_FORMATS) formats.clear();
    format = make();
    formats.set(key, format);
  }
  return format;
}

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat =>
  remembered(
    numberFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options)
  );

/** "a, b and c" in the locale's words. */
export const conjunction = (locale: string): Intl.ListFormat =>
  remembered(listFormats, locale, () => new Intl.ListFormat(locale, { type: "conjunction" }));
