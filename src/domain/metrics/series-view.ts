import { classifyDiverging, divergingSchemeFor } from './diverging';
import { FIGURE_DIGITS } from './digits';
import { classedView, viewOf, type MetricView } from './metric-view';
import type { MetricSeries, YearValues } from './series';

/**
 * What the map shows of a measure over time: one year, coloured in classes made from every year
 * (so a colour means the same in 2016 and in 2020), or the change between two years around zero.
 * Every function takes the municipalities to show (the focus), so that one with no value in the
 * file is "no data", drawn hatched, never zero.
 */

/** The values of the municipalities `codes` in one year: null where the file gives none. */
function rowAt(series: MetricSeries, code: string, index: number): number | null {
  return index < 0 ? null : (series.municipalities[code]?.[index] ?? null);
}

/** Every value of the municipalities `codes` over all years: what one classification covers. */
export function valuesOverYears(series: MetricSeries, codes: readonly string[]): number[] {
  return codes
    .flatMap((code) => series.municipalities[code] ?? ([] as YearValues))
    .filter((v): v is number => v !== null);
}

/**
 * One year of a series in classes made from all its years. A year the series lacks (a gap), or
 * one without any value, draws every municipality as no data, in the same classes.
 */
export function seriesYearView(
  series: MetricSeries,
  year: number,
  codes: readonly string[],
  k = 5,
): MetricView {
  const index = series.years.indexOf(year);
  const values = new Map(codes.map((code) => [code, rowAt(series, code, index)]));
  return classedView(values, k, valuesOverYears(series, codes), FIGURE_DIGITS.imported);
}

/** A change from one value to another. */
export interface Change {
  from: number | null;
  to: number | null;
  /** to − from; null when either is missing. */
  absolute: number | null;
  /**
   * The change in per cent of the first value's size; null when either is missing or the first
   * is zero: a change from nothing has no per cent, and is never shown as infinite.
   */
  percent: number | null;
}

export function changeOf(from: number | null, to: number | null): Change {
  if (from === null || to === null) return { from, to, absolute: null, percent: null };
  const absolute = to - from;
  const percent = from === 0 ? null : (absolute / Math.abs(from)) * 100;
  return {
    from,
    to,
    absolute,
    percent: percent !== null && Number.isFinite(percent) ? percent : null,
  };
}

/** The change of each municipality `codes` between two years (either may be a gap: no data). */
export function changesBetween(
  series: MetricSeries,
  from: number,
  to: number,
  codes: readonly string[],
): Map<string, Change> {
  const [a, b] = [series.years.indexOf(from), series.years.indexOf(to)];
  return new Map(
    codes.map((code) => [code, changeOf(rowAt(series, code, a), rowAt(series, code, b))]),
  );
}

/** The change of a reference (Sweden "00", a county) between two years. */
export function referenceChange(
  series: MetricSeries,
  code: string,
  from: number,
  to: number,
): Change {
  const row = series.references[code];
  const at = (year: number) => {
    const index = series.years.indexOf(year);
    return index < 0 ? null : (row?.[index] ?? null);
  };
  return changeOf(at(from), at(to));
}

/**
 * A change in diverging classes around zero (a fall in brown, a rise in blue-green, no change in
 * the middle), with "no data" kept apart: see {@link classifyDiverging}.
 */
export function divergingView(values: Map<string, number | null>, k = 5): MetricView {
  const classification = classifyDiverging([...values.values()], k);
  if (!classification) return viewOf(values, [], () => -1);
  const { breaks } = classification;
  const classes = divergingSchemeFor(breaks.length - 1).map((colour, i) => ({
    colour,
    min: breaks[i]!,
    max: breaks[i + 1]!,
    count: 0,
  }));
  return viewOf(values, classes, (v) => classification.classOf(v) ?? -1);
}

export type ChangeKind = 'absolute' | 'percent';

/**
 * The change between two years in diverging classes around zero: a fall below, a rise above, "no
 * change" in the middle class; no data (a missing year, a zero base for per cent) kept apart.
 */
export function changeView(
  series: MetricSeries,
  from: number,
  to: number,
  kind: ChangeKind,
  codes: readonly string[],
  k = 5,
): MetricView {
  const changes = changesBetween(series, from, to, codes);
  return divergingView(new Map([...changes].map(([code, change]) => [code, change[kind]])), k);
}
