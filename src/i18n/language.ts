/** The languages of the interface, Swedish first: a leaf module, so that state and i18n can share it. */
export type Language = 'sv' | 'en';

export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
