import { trendOf, type MetricSeries } from './series';
import { SWEDEN } from './regions';

/** One line of a trend: a region's values by year, years without data left out. */
export interface TrendLine {
  key: 'municipality' | 'county' | 'sweden';
  points: { year: number; value: number }[];
}

export interface Trend {
  lines: TrendLine[];
  /**
   * The first year every line has, when the lines are drawn as an index (that year = 100)
   * because they differ too much in size to share an axis (a municipality's population beside
   * Sweden's); null when they are drawn as they are (rates, shares).
   */
  indexYear: number | null;
}

/** How much larger one line's values may be than another's and still share an axis. */
const SHARED_AXIS_RATIO = 5;

/**
 * A municipality's trend beside its county's and Sweden's, where the file gives them; null when
 * the municipality has fewer than two years with data.
 */
export function trendLines(series: MetricSeries, code: string, countyCode: string): Trend | null {
  const own = trendOf(series, { municipality: code });
  if (own.length < 2) return null;
  const lines: TrendLine[] = [{ key: 'municipality', points: own }];
  const county = trendOf(series, { reference: countyCode });
  const sweden = trendOf(series, { reference: SWEDEN });
  if (county.length > 0) lines.push({ key: 'county', points: county });
  if (sweden.length > 0) lines.push({ key: 'sweden', points: sweden });
  const sizes = lines.map((l) => Math.max(...l.points.map((p) => Math.abs(p.value))));
  const smallest = Math.min(...sizes);
  const shared = smallest > 0 && Math.max(...sizes) / smallest <= SHARED_AXIS_RATIO;
  if (shared || lines.length === 1) return { lines, indexYear: null };
  const common = own
    .map((p) => p.year)
    .find((year) => lines.every((l) => l.points.some((p) => p.year === year && p.value !== 0)));
  if (common === undefined) return { lines: [lines[0]!], indexYear: null };
  const indexed = lines.map((l) => {
    const base = l.points.find((p) => p.year === common)!.value;
    return { ...l, points: l.points.map((p) => ({ year: p.year, value: (p.value / base) * 100 })) };
  });
  return { lines: indexed, indexYear: common };
}

/** A measure over time across a set of municipalities: each one's points, for a sparkline each. */
export interface SetTrend {
  id: string;
  name: string;
  unit: string;
  /** Each municipality of the set, in the set's order, with its points (none: no data). */
  cells: { code: string; points: { year: number; value: number }[] }[];
}

/**
 * The measures over time (of two years or more) that a set of municipalities can be compared by:
 * each measure in which at least one of them has two years with data, at most `limit` of them.
 */
export function setTrends(
  measures: readonly { id: string; name: string; unit: string; series: MetricSeries | null }[],
  codes: readonly string[],
  limit = 3,
): SetTrend[] {
  const out: SetTrend[] = [];
  for (const { id, name, unit, series } of measures) {
    if (!series || series.years.length < 2) continue;
    const cells = codes.map((code) => ({ code, points: trendOf(series, { municipality: code }) }));
    if (!cells.some((c) => c.points.length >= 2)) continue;
    out.push({ id, name, unit, cells });
    if (out.length >= limit) break;
  }
  return out;
}
