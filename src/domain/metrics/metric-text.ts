import { countyName, FOCUS_COUNTIES } from '../counties';
import { DEFAULT_METRIC, METRICS, type BuiltInMetric, type ResolvedMetric } from './registry';

/** The message keys a metric's words come from. */
export type MetricTextKey =
  BuiltInMetric['title' | 'unit' | 'source'] | typeof UNIT_OF_ONE_KEY | 'source.imported';

/** A translator of those keys: the interface's `t` is one. */
export type MetricWords = (key: MetricTextKey, params?: Record<string, string | number>) => string;

export interface MetricText {
  title: string;
  unit: string;
  /** The unit after a value of one ("1 project"); the same as `unit` where it does not change. */
  unitOne: string;
  source: string;
}

/** The units written differently after one: "1 project" but "0 projects", "2 projects". */
const UNIT_OF_ONE_KEY = 'unit.project';
const UNIT_OF_ONE: Readonly<Record<string, typeof UNIT_OF_ONE_KEY>> = {
  'unit.projects': UNIT_OF_ONE_KEY,
};

/** The plural category of a count in the interface's language (Intl.PluralRules). */
export type PluralOf = (count: number) => 'one' | 'other';

/** The message key of a unit after a value: the unit of one where the plural rules say "one". */
export function unitKeyOf<K extends `unit.${string}`>(
  unit: K,
  value: number | null,
  plural: PluralOf,
): K | typeof UNIT_OF_ONE_KEY {
  return value !== null && plural(value) === 'one' ? (UNIT_OF_ONE[unit] ?? unit) : unit;
}

/** The unit after `value`, from a metric's text: "1 project", "7 projects". */
export const unitAfter = (text: MetricText, value: number | null, plural: PluralOf): string =>
  value !== null && plural(value) === 'one' ? text.unitOne : text.unit;

/** Title, unit and source line of a metric in the current language, from the metric registry. */
export function describeMetric(metric: ResolvedMetric, t: MetricWords): MetricText {
  if (metric.imported) {
    const m = metric.imported;
    return {
      title: m.name,
      unit: m.unit,
      unitOne: m.unit,
      source: t('source.imported', { source: m.source, year: m.year }),
    };
  }
  const definition = METRICS[metric.builtIn ?? DEFAULT_METRIC];
  // The report page of a county-level figure (the arrivals are on page 6).
  const page = metric.countyValues?.values().next().value?.page ?? 6;
  return {
    title: t(definition.title),
    unit: t(definition.unit),
    unitOne: t(unitKeyOf(definition.unit, 1, () => 'one')),
    source: t(definition.source, { page }),
  };
}

/** What hover or keyboard focus on the map says about a municipality for the current metric. */
export interface MetricTip {
  name: string;
  /** "7 projekt", "4,5 per 1 000 inv. (Norrbottens län)", or "uppgift saknas". */
  value: string;
  noData: boolean;
}

/** A figure to write out: a finite number (not null, undefined or NaN, which are "no data"). */
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);

/**
 * The tip of a municipality: its value with the unit, written with `n` in the language; a county
 * figure says whose it is; a missing figure says "no data", never zero.
 */
export function metricTip(
  metric: ResolvedMetric,
  municipality: { code: string; name: string; countyCode: string },
  words: { unit: string; unitOne?: string; noData: string; plural?: PluralOf },
  n: (value: number, digits?: number) => string,
): MetricTip {
  const { name } = municipality;
  const county = metric.countyValues?.get(municipality.countyCode);
  if (county)
    return {
      name,
      value: `${n(county.perThousand, metric.digits)} ${words.unit} (${countyName(municipality.countyCode)})`,
      noData: false,
    };
  const value = metric.values.get(municipality.code);
  if (!isFiniteNumber(value)) return { name, value: words.noData, noData: true };
  const unit = words.unitOne && words.plural?.(value) === 'one' ? words.unitOne : words.unit;
  return { name, value: `${n(value, metric.digits)} ${unit}`.trim(), noData: false };
}

/** The label a county-level metric puts on the map in a county: its name and its figure. */
export interface CountyFigureLabel {
  code: string;
  name: string;
  /** "4,49 per 1 000 inv." */
  figure: string;
}

/**
 * The county labels of a county-level metric (the arrivals), Norrbotten first; null for a metric
 * known per municipality, whose map has no county labels. Written with the metric's decimals
 * (FIGURE_DIGITS: two, so that 4.02 against 4.49 do not read "4" against "4,5").
 */
export function countyFigureLabels(
  metric: ResolvedMetric,
  unit: string,
  n: (value: number, digits?: number) => string,
): CountyFigureLabel[] | null {
  const counties = metric.countyValues;
  if (!counties || counties.size === 0) return null;
  return FOCUS_COUNTIES.filter((c) => counties.has(c.code)).map((c) => ({
    code: c.code,
    name: c.name,
    figure: `${n(counties.get(c.code)!.perThousand, metric.digits)} ${unit}`,
  }));
}
