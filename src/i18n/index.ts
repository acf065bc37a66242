import { useEffect, useSyncExternalStore } from 'react';
import { listFormat } from '../domain/intl';
import { useViewStore } from '../state/store';
import { localeOf, type Language } from '../domain/language';
import { formatFigure } from '../domain/metrics/digits';
import { sv, type MessageKey, type Messages } from './sv';

export type { Language } from '../domain/language';
export type { MessageKey, Messages } from './sv';

/**
 * The catalogues loaded so far. Swedish is in the first download; English is a chunk of its own,
 * loaded on demand (loadLanguage), so that a Swedish reader does not download it. A new object at
 * every load, the snapshot useI18n reads.
 */
let loaded: Partial<Record<Language, Messages>> = { sv };
const listeners = new Set<() => void>();
const loading = new Map<Language, Promise<void>>();

const LOADERS: Record<Exclude<Language, 'sv'>, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
};

/** Whether the messages of `language` are loaded. */
export const isLoaded = (language: Language) => Boolean(loaded[language]);

/**
 * Loads the messages of `language`, once: await it before showing a view in that language (the
 * first render, the language button). A failed load (offline before the chunk was cached) may be
 * tried again.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'sv') return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (messages) => {
        loaded = { ...loaded, [language]: messages };
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message with its placeholders ("{name}") filled; a placeholder without a value stays. */
export function fill(message: string, params?: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** The translator of a loaded language (see loadLanguage); throws for one not loaded yet. */
export function translator(language: Language): Translate {
  const messages = loaded[language];
  if (!messages) throw new Error(`the messages of "${language}" are not loaded (loadLanguage)`);
  return (key, params) => fill(messages[key], params);
}

export const locale = localeOf;

/** A number with at most so many decimals: the one rule of the figures (domain/metrics/digits). */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return formatFigure(value, maximumFractionDigits, language);
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
  /** The plural category of a count: pick "1 project" or "2 projects". */
  plural: (count: number) => 'one' | 'other';
}

function i18nOf(language: Language): I18n {
  return {
    language,
    t: translator(language),
    n: (value, digits = 0) => formatNumber(language, value, digits),
    list: (names) => listNames(language, names),
    plural: (count) => pluralOf(language, count),
  };
}

// Made once per language: the same `t` on every render, so nothing that depends on it (the
// charts, memoised models) is rebuilt until the language changes.
const BY_LANGUAGE = new Map<Language, I18n>();

/**
 * The translator and formatters for the language in the view state: Swedish until the messages of
 * another language are loaded (a view restored by Back into English loads them here).
 */
export function useI18n(): I18n {
  const wanted = useViewStore((s) => s.language);
  const ready = Boolean(useSyncExternalStore(subscribe, () => loaded)[wanted]);
  useEffect(() => {
    if (!ready) loadLanguage(wanted).catch((error: unknown) => console.warn(error));
  }, [wanted, ready]);
  const language = ready ? wanted : 'sv';
  let i18n = BY_LANGUAGE.get(language);
  if (!i18n) {
    i18n = i18nOf(language);
    BY_LANGUAGE.set(language, i18n);
  }
  return i18n;
}
