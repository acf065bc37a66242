/** The languages of the interface, Swedish first: a leaf module the domain, the state and the messages share. */
export type Language = 'sv' | 'en';

export const DEFAULT_LANGUAGE: Language = 'sv';

/** The locale numbers and dates are written in: Swedish as in Sweden, English as in Britain. */
export const localeOf = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
