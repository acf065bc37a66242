import { useViewStore } from '../state/store';
import { en } from './en';
import type { Language } from './language';
import { sv, type MessageKey, type Messages } from './sv';

export type { Language } from './language';
export type { MessageKey } from './sv';

export const catalogues: Record<Language, Messages> = { sv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits,
  }).format(value);
}

/** The translator and formatters for the language in the view state. */
export function useI18n() {
  const language = useViewStore((s) => s.language);
  return {
    language,
    t: translator(language),
    n: (value: number, digits = 0) => formatNumber(language, value, digits),
  };
}
