import { mapMetricOf, metricContextOf } from '../domain/metrics/context';
import type { MetricContext, ResolvedMetric } from '../domain/metrics/registry';
import { useImportedMetrics } from '../state/imported-metrics';
import { useSeriesLens } from '../state/series-lens';
import { useViewStore } from '../state/store';
import { useCounties } from './map-data';
import { memoLast } from './memo';
import { useMunicipalities } from './municipalities';
import { useRegionFigures } from './region-figures';
import { useResults } from './results';

// One context and one resolved metric for every view that reads them in a render.
const contextOf = memoLast(
  (
    municipalities: MetricContext['municipalities'],
    projectCounts: MetricContext['projectCounts'] | null,
    counties: MetricContext['counties'] | null,
    arrivals: MetricContext['arrivals'],
    imported: MetricContext['imported'],
  ) => metricContextOf({ municipalities, projectCounts, counties, arrivals, imported }),
);
const metricOf = memoLast(mapMetricOf);

/** The context the statistics are resolved in (the current filters' project counts among them). */
export function useMetricContext(): MetricContext | null {
  const { list } = useMunicipalities();
  const results = useResults();
  const counties = useCounties();
  const figures = useRegionFigures();
  const imported = useImportedMetrics((s) => s.metrics);
  return contextOf(
    list,
    results?.countByMunicipality ?? null,
    counties,
    figures?.countyArrivals ?? null,
    imported,
  );
}

/** The metric that colours the map (m= of the view state), resolved; null until it can be. */
export function useMapMetric(): ResolvedMetric | null {
  const context = useMetricContext();
  return metricOf(
    useViewStore((s) => s.metric),
    context,
    useSeriesLens((s) => s.lens),
    useViewStore((s) => s.year),
    useViewStore((s) => s.change),
    useViewStore((s) => s.language),
  );
}
