import { useMemo } from 'react';
import { resolveMetric, type MetricContext } from '../domain/metrics/registry';
import { useImportedMetrics } from '../state/imported-metrics';
import { useViewStore } from '../state/store';
import type { AppData } from './useAppData';

/**
 * What colours the map: the metric of the view state, resolved over the current filters (by
 * default the number of matching projects per municipality), and the context every other view of
 * the statistics (panel, chart, exports) resolves its metrics in.
 */
export function useMetric({ municipalities, results, counties, regionFigures }: AppData) {
  const metricId = useViewStore((s) => s.metric);
  const imported = useImportedMetrics((s) => s.metrics);
  const missingImport = useImportedMetrics((s) => s.missingFromLink);
  const context: MetricContext | null = useMemo(
    () =>
      results && counties
        ? {
            municipalities,
            projectCounts: results.countByMunicipality,
            counties,
            arrivals: regionFigures?.countyArrivals ?? null,
            imported,
          }
        : null,
    [municipalities, results, counties, regionFigures, imported],
  );
  const metric = useMemo(
    () => (context ? resolveMetric(metricId, context) : null),
    [metricId, context],
  );
  return {
    context,
    metric,
    /**
     * An imported metric a link asked for that this browser does not have; its name (the view
     * fell back to the default metric).
     */
    missingImport,
  };
}
