import type { County, RegionFigures } from '../../data/schemas';
import { FIGURE_DIGITS } from './digits';
import { per1000Inhabitants, per10kInhabitants } from '../figures';
import { densityPerKm2, type Municipality } from '../municipality';
import { classedView, countView, proportionalView, type MetricView } from './metric-view';

/** A metric the user brought (CSV or pasted table); its data stays in this browser. */
export interface ImportedMetric {
  id: string;
  name: string;
  unit: string;
  year: string;
  source: string;
  /** The municipalities' values of `year` (of a series: its latest year with data). */
  values: Record<string, number>;
  /**
   * A measure over time as stored (a version-2 record, series-record.ts): read and checked only
   * where a view of the years needs it, so that the first load carries no reader of series.
   */
  seriesRecord?: unknown;
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

/** A county-level figure: each county's value colours its municipalities. */
export interface CountyValue {
  persons: number;
  perThousand: number;
  year: number;
  page: number;
}

interface Computed {
  /** Per focus municipality; null is "no data". */
  values: Map<string, number | null>;
  view: MetricView;
  countyValues?: Map<string, CountyValue>;
}

/** One value per focus municipality. */
type Each = (valueOf: (m: Municipality) => number | null) => Map<string, number | null>;

/**
 * A built-in metric: how it is computed, how many decimals it is shown with, and the message keys
 * of its title, unit and source line (the i18n catalogues hold the words).
 */
interface MetricDefinition {
  digits: number;
  /** Counts are drawn in fixed classes (0, 1, 2, 3–4, 5+), every other figure in natural breaks. */
  counts: boolean;
  title: `metric.${string}`;
  unit: `unit.${string}`;
  source: `source.${string}`;
  /** A note under the legend's title (what is counted), or null. */
  note: `legend.${string}` | null;
  compute(ctx: MetricContext, each: Each): Computed;
}

const classed = (values: Map<string, number | null>, digits: number): Computed => ({
  values,
  view: classedView(values, 5, [...values.values()], digits),
});

/**
 * The one registry of the built-in metrics, in the order the metric switcher offers them. The
 * map, the legend, the panel's statistics, the ranking chart and the CSV export all read it.
 */
export const METRICS = {
  projects: {
    digits: FIGURE_DIGITS.projects,
    counts: true,
    title: 'metric.projects',
    unit: 'unit.projects',
    source: 'source.projects',
    note: 'legend.projectsNote',
    compute: (ctx, each) => {
      const values = each((m) => ctx.projectCounts.get(m.code) ?? 0);
      return { values, view: countView(values) };
    },
  },
  projectsPer10k: {
    digits: FIGURE_DIGITS.projectsPer10k,
    counts: false,
    title: 'metric.projectsPer10k',
    unit: 'unit.per10k',
    source: 'source.projectsPer10k',
    note: null,
    compute: (ctx, each) =>
      classed(
        each((m) => per10kInhabitants(ctx.projectCounts.get(m.code) ?? 0, m.population)),
        FIGURE_DIGITS.projectsPer10k,
      ),
  },
  population: {
    digits: FIGURE_DIGITS.population,
    counts: false,
    title: 'metric.population',
    unit: 'unit.inhabitants',
    source: 'source.population',
    note: null,
    compute: (_ctx, each) =>
      classed(
        each((m) => m.population),
        FIGURE_DIGITS.population,
      ),
  },
  density: {
    digits: FIGURE_DIGITS.density,
    counts: false,
    title: 'metric.density',
    unit: 'unit.perKm2',
    source: 'source.density',
    note: null,
    compute: (_ctx, each) =>
      classed(
        each((m) => densityPerKm2(m)),
        FIGURE_DIGITS.density,
      ),
  },
  arrivals: {
    digits: FIGURE_DIGITS.arrivals,
    counts: false,
    title: 'metric.arrivals',
    unit: 'unit.perThousand',
    source: 'source.arrivals',
    note: null,
    compute: (ctx, each) => {
      // Known per county only (the report): municipalities have no figure of their own.
      const countyValues = new Map<string, CountyValue>();
      for (const c of ctx.arrivals?.counties ?? []) {
        const county = ctx.counties.find((x) => x.code === c.countyCode);
        const rate = county ? per1000Inhabitants(c.persons, county.population) : null;
        if (rate !== null) {
          const value = {
            persons: c.persons,
            perThousand: rate,
            year: c.year,
            page: c.source.page,
          };
          countyValues.set(c.countyCode, value);
        }
      }
      const colourValues = each((m) => countyValues.get(m.countyCode)?.perThousand ?? null);
      return { values: each(() => null), view: proportionalView(colourValues), countyValues };
    },
  },
} as const satisfies Record<string, MetricDefinition>;

export type BuiltInMetricId = keyof typeof METRICS;
export type BuiltInMetric = (typeof METRICS)[BuiltInMetricId];
export const BUILT_IN_METRICS = Object.keys(METRICS) as BuiltInMetricId[];
export const DEFAULT_METRIC: BuiltInMetricId = 'projects';

export function isBuiltInMetric(id: string): id is BuiltInMetricId {
  return Object.hasOwn(METRICS, id);
}

// ---------------------------------------------------------------------------------------------
// The user's own metrics: ids "import:<slug>", the slug made from the name

const IMPORTED_PREFIX = 'import:';
export const IMPORTED_METRIC_ID = /^import:[a-z0-9-]{1,60}$/;

/** A new id for an imported metric named `name`, unlike the ids `taken`. */
export function importedMetricId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'matt';
  let id = `${IMPORTED_PREFIX}${slug}`;
  for (let i = 2; taken.includes(id); i++) id = `${IMPORTED_PREFIX}${slug}-${i}`;
  return id;
}

/** A metric id a link may carry: a built-in metric or the well-formed id of an imported one. */
export function isMetricId(id: string): boolean {
  return isBuiltInMetric(id) || IMPORTED_METRIC_ID.test(id);
}

/**
 * The name of an imported metric the view asks for but this browser does not have (a shared link
 * to data that stays on the device where it was added); null otherwise.
 */
export function missingImportedMetric(
  id: string,
  imported: readonly Pick<ImportedMetric, 'id'>[],
): string | null {
  if (!id.startsWith(IMPORTED_PREFIX) || imported.some((m) => m.id === id)) return null;
  return id.slice(IMPORTED_PREFIX.length);
}

// ---------------------------------------------------------------------------------------------
// Resolving a metric for the current context

/** What the map shows of a measure over time: one of its years, or the change since a year. */
export interface SeriesShown {
  /** The years of the measure with data. */
  years: number[];
  year: number;
  change: { from: number; percent: boolean } | null;
  /** The measure's own name (`imported.name` names the year or the change shown). */
  name: string;
}

export interface ResolvedMetric extends Computed {
  id: string;
  /** Of a measure over several years, once its years are read (src/features/series). */
  shown?: SeriesShown;
  /** The registry entry of a built-in metric, null for an imported one. */
  builtIn: BuiltInMetricId | null;
  imported: ImportedMetric | null;
  counts: boolean;
  digits: number;
}

/** The values and the classed view of a metric for the current filters; unknown ids fall back to projects. */
export function resolveMetric(id: string, ctx: MetricContext): ResolvedMetric {
  const focus = ctx.municipalities.filter((m) => m.focus);
  const each: Each = (f) => new Map(focus.map((m) => [m.code, f(m)]));
  const imported = ctx.imported.find((m) => m.id === id) ?? null;
  if (imported) {
    return {
      id,
      builtIn: null,
      imported,
      ...classed(
        each((m) => imported.values[m.code] ?? null),
        FIGURE_DIGITS.imported,
      ),
      counts: false,
      digits: FIGURE_DIGITS.imported,
    };
  }
  const builtIn = isBuiltInMetric(id) ? id : DEFAULT_METRIC;
  const definition: BuiltInMetric = METRICS[builtIn];
  return {
    id: builtIn,
    builtIn,
    imported: null,
    ...definition.compute(ctx, each),
    counts: definition.counts,
    digits: definition.digits,
  };
}

/** Every metric the panel lists for a municipality: the built-in ones, then the user's own. */
export function allMetricIds(ctx: Pick<MetricContext, 'imported'>): string[] {
  return [...BUILT_IN_METRICS, ...ctx.imported.map((m) => m.id)];
}
