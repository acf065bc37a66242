import { fill, useI18n, type I18n, type MessageKey } from './index';
import { importEn } from './import-en';
import { importSv, type ImportMessageKey } from './import-sv';
import type { Language } from '../domain/language';

export type { ImportMessageKey } from './import-sv';

export const importCatalogues: Record<Language, Record<ImportMessageKey, string>> = {
  sv: importSv,
  en: importEn,
};

/** Translates the import dialog's own messages and the main catalogue's alike. */
export type DialogTranslate = (
  key: MessageKey | ImportMessageKey,
  params?: Record<string, string | number>,
) => string;

export function importTranslator(language: Language, main: I18n['t']): DialogTranslate {
  const messages = importCatalogues[language];
  return (key, params) =>
    key in messages
      ? fill(messages[key as ImportMessageKey], params)
      : main(key as MessageKey, params);
}

const BY_LANGUAGE = new Map<Language, DialogTranslate>();

/** The translator and formatters of the import dialog, in the language of the view state. */
export function useImportI18n(): Omit<I18n, 't'> & { t: DialogTranslate } {
  const i18n = useI18n();
  let t = BY_LANGUAGE.get(i18n.language);
  if (!t) {
    t = importTranslator(i18n.language, i18n.t);
    BY_LANGUAGE.set(i18n.language, t);
  }
  return { ...i18n, t };
}
