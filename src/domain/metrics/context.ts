import type { County, RegionFigures } from '../../data/schemas';
import type { Language } from '../language';
import type { Municipality } from '../municipality';
import {
  resolveMetric,
  type ImportedMetric,
  type MetricContext,
  type ResolvedMetric,
} from './registry';

/** The year or change a view asks of a measure over time (null: its latest year, its values). */
export interface SeriesChoice {
  /** "2019", or null for the latest year (see ViewState). */
  year: string | null;
  /** "2016-abs", "2016-pct", or null. */
  change: string | null;
  /** The language of the title that names the year or the change. */
  language: Language;
}

/**
 * How a measure over time is resolved for a year or a change: loaded with the view of its years
 * (src/features/series), so that the first load carries none of it. Until then such a measure is
 * its latest year.
 */
export type SeriesLens = (
  metric: ResolvedMetric,
  choice: SeriesChoice,
  context: MetricContext,
) => ResolvedMetric;

/** What the statistics are computed from, each part null until its file has loaded. */
export interface MetricInputs {
  municipalities: readonly Municipality[];
  /** Matching projects per municipality: null until the catalogue (and a search) is there. */
  projectCounts: ReadonlyMap<string, number> | null;
  counties: readonly County[] | null;
  /** The report's arrivals per county: null until region-figures.json is there. */
  arrivals: RegionFigures['countyArrivals'] | null;
  imported: readonly ImportedMetric[];
}

/**
 * The context every view of the statistics (map, legend, panel, chart, exports) resolves its
 * metrics in: there once the project counts and the counties are, so that no count is shown as a
 * zero it is not. The report's arrivals may come later; until then that metric has no data.
 */
export function metricContextOf(inputs: MetricInputs): MetricContext | null {
  const { municipalities, projectCounts, counties, arrivals, imported } = inputs;
  if (!projectCounts || !counties) return null;
  return { municipalities, projectCounts, counties, arrivals, imported };
}

/**
 * What colours the map: the metric the view asks for, resolved in `context` (an unknown id, or an
 * imported metric this browser does not have, falls back to the number of matching projects);
 * a measure over time in the year or the change asked for, once `lens` is there; null until
 * there is a context.
 */
export function mapMetricOf(
  id: string,
  context: MetricContext | null,
  lens: SeriesLens | null = null,
  year: string | null = null,
  change: SeriesChoice['change'] = null,
  language: Language = 'sv',
): ResolvedMetric | null {
  if (!context) return null;
  const metric = resolveMetric(id, context);
  return lens && metric.imported?.seriesRecord
    ? lens(metric, { year, change, language }, context)
    : metric;
}
