import { fill, useI18n, type MessageKey } from './index';
import { embedEn } from './embed-en';
import { embedSv, type EmbedMessageKey } from './embed-sv';
import type { Language } from '../domain/language';

const CATALOGUES: Record<Language, Record<EmbedMessageKey, string>> = { sv: embedSv, en: embedEn };

/** Translates the embed dialog's own messages and the main catalogue's alike. */
export type EmbedTranslate = (
  key: MessageKey | EmbedMessageKey,
  params?: Record<string, string | number>,
) => string;

/** The translator of the embed dialog, in the language of the view state. */
export function useEmbedI18n(): EmbedTranslate {
  const { t, language } = useI18n();
  const messages = CATALOGUES[language];
  return (key, params) =>
    key in messages ? fill(messages[key as EmbedMessageKey], params) : t(key as MessageKey, params);
}
