import type { County, RegionFigures } from '../../data/schemas';
import type { Municipality } from '../municipality';
import {
  resolveMetric,
  type ImportedMetric,
  type MetricContext,
  type ResolvedMetric,
} from './registry';

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
 * null until there is a context.
 */
export function mapMetricOf(id: string, context: MetricContext | null): ResolvedMetric | null {
  return context ? resolveMetric(id, context) : null;
}
