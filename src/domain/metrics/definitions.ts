import type { County } from '../../data/schemas';
import type { RegionFigures } from '../../data/schemas';
import { densityPerKm2, type Municipality } from '../municipality';
import { classedView, countView, type MetricView } from './metric-view';

/** A metric the user brought (CSV or pasted table); its data stays in this browser. */
export interface ImportedMetric {
  id: string;
  name: string;
  unit: string;
  year: string;
  source: string;
  values: Record<string, number>;
}

export interface MetricContext {
  /** The 29 focus municipalities. */
  municipalities: readonly Municipality[];
  /** Projects per municipality that match the current filters. */
  projectCounts: ReadonlyMap<string, number>;
  counties: readonly County[];
  /** The report's arrivals per county (region-figures.json), once loaded. */
  arrivals: RegionFigures['countyArrivals'] | null;
  imported: readonly ImportedMetric[];
}

export type BuiltInMetricId = 'projects' | 'projectsPer10k' | 'population' | 'density' | 'arrivals';
export const BUILT_IN_METRICS: readonly BuiltInMetricId[] = [
  'projects',
  'projectsPer10k',
  'population',
  'density',
  'arrivals',
];

/** Where a metric's figures come from, with the year, as the legend and every table show it. */
export interface MetricSourceNote {
  /** Message key of the source line, or the user's own text for imported metrics. */
  key?:
    | 'source.projects'
    | 'source.projectsPer10k'
    | 'source.population'
    | 'source.density'
    | 'source.arrivals';
  text?: string;
}

export interface ResolvedMetric {
  id: string;
  builtIn: BuiltInMetricId | null;
  imported: ImportedMetric | null;
  /** Per focus municipality; null is "no data". */
  values: Map<string, number | null>;
  view: MetricView;
  /** For county-level metrics: each county's value, which colours its municipalities. */
  countyValues?: Map<string, { persons: number; perThousand: number; year: number; page: number }>;
  counts: boolean;
  digits: number;
}

const perMille = (persons: number, population: number) =>
  population > 0 ? (persons / population) * 1000 : null;

/** The values and the classed view of a metric for the current filters; unknown ids fall back to projects. */
export function resolveMetric(id: string, ctx: MetricContext): ResolvedMetric {
  const focus = ctx.municipalities.filter((m) => m.focus);
  const each = (f: (m: Municipality) => number | null) => new Map(focus.map((m) => [m.code, f(m)]));
  const imported = ctx.imported.find((m) => m.id === id) ?? null;
  if (imported) {
    const values = each((m) => imported.values[m.code] ?? null);
    return {
      id,
      builtIn: null,
      imported,
      values,
      view: classedView(values),
      counts: false,
      digits: 2,
    };
  }
  switch (id) {
    case 'projectsPer10k': {
      const values = each((m) =>
        m.population > 0 ? ((ctx.projectCounts.get(m.code) ?? 0) / m.population) * 10_000 : null,
      );
      return {
        id,
        builtIn: id,
        imported: null,
        values,
        view: classedView(values),
        counts: false,
        digits: 2,
      };
    }
    case 'population': {
      const values = each((m) => m.population);
      return {
        id,
        builtIn: id,
        imported: null,
        values,
        view: classedView(values),
        counts: false,
        digits: 0,
      };
    }
    case 'density': {
      const values = each((m) => densityPerKm2(m));
      return {
        id,
        builtIn: id,
        imported: null,
        values,
        view: classedView(values),
        counts: false,
        digits: 1,
      };
    }
    case 'arrivals': {
      // Known per county only (the report): municipalities have no figure of their own.
      const countyValues = new Map<
        string,
        { persons: number; perThousand: number; year: number; page: number }
      >();
      for (const c of ctx.arrivals?.counties ?? []) {
        const county = ctx.counties.find((x) => x.code === c.countyCode);
        const rate = county ? perMille(c.persons, county.population) : null;
        if (rate !== null)
          countyValues.set(c.countyCode, {
            persons: c.persons,
            perThousand: rate,
            year: c.year,
            page: c.source.page,
          });
      }
      const colourValues = each((m) => countyValues.get(m.countyCode)?.perThousand ?? null);
      const view = classedView(colourValues, 2);
      const values = each(() => null);
      return {
        id,
        builtIn: id,
        imported: null,
        values,
        view,
        countyValues,
        counts: false,
        digits: 1,
      };
    }
    default: {
      const values = each((m) => ctx.projectCounts.get(m.code) ?? 0);
      return {
        id: 'projects',
        builtIn: 'projects',
        imported: null,
        values,
        view: countView(values),
        counts: true,
        digits: 0,
      };
    }
  }
}

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
