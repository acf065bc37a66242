import { fill, useI18n, type I18n, type MessageKey } from './index';
import { suggestEn } from './suggest-en';
import { suggestSv, type SuggestMessageKey } from './suggest-sv';
import type { Language } from '../domain/language';

export type { SuggestMessageKey } from './suggest-sv';

export const suggestCatalogues: Record<Language, Record<SuggestMessageKey, string>> = {
  sv: suggestSv,
  en: suggestEn,
};

/** Translates the suggestion form's own messages and the main catalogue's alike. */
export type SuggestTranslate = (
  key: MessageKey | SuggestMessageKey,
  params?: Record<string, string | number>,
) => string;

export function suggestTranslator(language: Language, main: I18n['t']): SuggestTranslate {
  const messages = suggestCatalogues[language];
  return (key, params) =>
    key in messages
      ? fill(messages[key as SuggestMessageKey], params)
      : main(key as MessageKey, params);
}

const BY_LANGUAGE = new Map<Language, SuggestTranslate>();

/** The translator and formatters of the suggestion form, in the language of the view state. */
export function useSuggestI18n(): Omit<I18n, 't'> & { t: SuggestTranslate } {
  const i18n = useI18n();
  let t = BY_LANGUAGE.get(i18n.language);
  if (!t) {
    t = suggestTranslator(i18n.language, i18n.t);
    BY_LANGUAGE.set(i18n.language, t);
  }
  return { ...i18n, t };
}
