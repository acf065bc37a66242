import { listFormat, numberFormat } from '../domain/intl';
import { useViewStore } from '../state/store';
import { en } from './en';
import type { Language } from '../domain/language';
import { sv, type MessageKey, type Messages } from './sv';

export type { Language } from '../domain/language';
export type { MessageKey } from './sv';

export const catalogues: Record<Language, Messages> = { sv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message with its placeholders ("{name}") filled; a placeholder without a value stays. */
export function fill(message: string, params?: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, params) => fill(messages[key], params);
}

export const locale = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale(language), { maximumFractionDigits }).format(value);
}

/** "Boden, Piteå och Luleå" / "Boden, Piteå and Luleå". */
export function listNames(language: Language, names: readonly string[]): string {
  return listFormat(locale(language), { style: 'long', type: 'conjunction' }).format(names);
}

/** The plural category of a count: "1 aktivt" but "2 aktiva", "1 active" and "2 active". */
export function pluralOf(language: Language, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale(language)).select(count) === 'one' ? 'one' : 'other';
}

/** The translator and formatters of one language. */
export interface I18n {
  language: Language;
  t: Translate;
  n: (value: number, digits?: number) => string;
  list: (names: readonly string[]) => string;
}

function i18nOf(language: Language): I18n {
  return {
    language,
    t: translator(language),
    n: (value, digits = 0) => formatNumber(language, value, digits),
    list: (names) => listNames(language, names),
  };
}

// Made once per language: the same `t` on every render, so nothing that depends on it (the
// charts, memoised models) is rebuilt until the language changes.
const BY_LANGUAGE: Record<Language, I18n> = { sv: i18nOf('sv'), en: i18nOf('en') };

/** The translator and formatters for the language in the view state. */
export function useI18n(): I18n {
  return BY_LANGUAGE[useViewStore((s) => s.language)];
}
