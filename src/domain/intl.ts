/**
 * Shared Intl formatters and collators. Making an `Intl.NumberFormat` or `Intl.Collator` costs far
 * more than using one (locale data is resolved each time): the first render of the legend and the
 * municipality list spent 90 ms and 44 ms making one per number and per comparison. Each distinct
 * locale and options is made once and kept (there are a handful).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The same formatter for the same locale and options (options compared by value). */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

/** The collator `a.localeCompare(b, locale)` uses, made once. */
export function collator(locale: string): Intl.Collator {
  return cached(collators, locale, () => new Intl.Collator(locale));
}

/** Swedish collation (å, ä, ö after z), as `a.localeCompare(b, 'sv')` but with one collator. */
export function compareSwedish(a: string, b: string): number {
  return collator('sv').compare(a, b);
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached(
    listFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.ListFormat(locale, options),
  );
}
