import { countyName } from '../counties';
import type { Municipality } from '../municipality';
import {
  allMetricIds,
  resolveMetric,
  type CountyValue,
  type MetricContext,
  type ResolvedMetric,
} from './registry';
import { compareSwedish } from '../intl';

/** Rank (1 = highest) of each municipality with a value; ties share a rank. */
export function ranks(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const known = [...values].filter(
    (e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]),
  );
  known.sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number>();
  known.forEach(([code, value], i) => {
    const previous = known[i - 1];
    out.set(code, previous && previous[1] === value ? out.get(previous[0])! : i + 1);
  });
  return out;
}

export interface RankingRow {
  code: string;
  name: string;
  value: number | null;
}

/**
 * The focus municipalities from the highest value down, then by name; those without a value
 * last, so that a chart can say "no data" for them rather than draw a zero.
 */
export function rankingRows(
  municipalities: readonly Municipality[],
  values: ReadonlyMap<string, number | null>,
): { known: (RankingRow & { value: number })[]; missing: RankingRow[]; all: RankingRow[] } {
  const all = municipalities
    .filter((m) => m.focus)
    .map((m) => ({ code: m.code, name: m.name, value: values.get(m.code) ?? null }))
    .sort(
      (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || compareSwedish(a.name, b.name),
    );
  return {
    all,
    known: all.filter((r): r is RankingRow & { value: number } => r.value !== null),
    missing: all.filter((r) => r.value === null),
  };
}

/**
 * The ranking of a county-level metric: its counties, highest first, each with its own figure
 * (not its municipalities, which have none).
 */
export function countyRankingRows(countyValues: ReadonlyMap<string, CountyValue>): {
  known: (RankingRow & { value: number; persons: number })[];
  missing: RankingRow[];
  all: RankingRow[];
} {
  const known = [...countyValues]
    .map(([code, c]) => ({
      code,
      name: countyName(code),
      value: c.perThousand,
      persons: c.persons,
    }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'sv'));
  return { known, missing: [], all: known };
}

export interface MunicipalityStatistic {
  metric: ResolvedMetric;
  /** The municipality's own figure; null is "no data". */
  value: number | null;
  /** Its rank among the focus municipalities with a figure; undefined without one. */
  rank: number | undefined;
  /** For county-level metrics: the figure of the municipality's county. */
  county: CountyValue | undefined;
}

/**
 * Every metric for one municipality, with its rank among the focus municipalities. `shown`, the
 * metric the map shows as resolved there (a measure over time in the year or the change the map
 * shows), stands in for the metric of its id, so that the panel reads what the map draws.
 */
export function municipalityStatistics(
  code: string,
  ctx: MetricContext,
  shown: ResolvedMetric | null = null,
): { rows: MunicipalityStatistic[]; total: number } {
  const countyCode = ctx.municipalities.find((m) => m.code === code)?.countyCode ?? '';
  const rows = allMetricIds(ctx).map((id) => {
    const metric = shown?.id === id ? shown : resolveMetric(id, ctx);
    return {
      metric,
      value: metric.values.get(code) ?? null,
      rank: ranks(metric.values).get(code),
      county: metric.countyValues?.get(countyCode),
    };
  });
  return { rows, total: ctx.municipalities.filter((m) => m.focus).length };
}
