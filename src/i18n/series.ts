import { fill, useI18n, type I18n } from './index';
import { seriesEn } from './series-en';
import { seriesSv, type SeriesMessageKey } from './series-sv';

export type { SeriesMessageKey } from './series-sv';

export const SERIES_CATALOGUES = { sv: seriesSv, en: seriesEn } as const;

/** The translator of the views of a measure over time, and the interface's formatters. */
export function useSeriesI18n(): Omit<I18n, 't'> & {
  t: (key: SeriesMessageKey, params?: Record<string, string | number>) => string;
} {
  const i18n = useI18n();
  const messages = SERIES_CATALOGUES[i18n.language];
  return { ...i18n, t: (key, params) => fill(messages[key], params) };
}
