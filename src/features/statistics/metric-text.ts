import { DEFAULT_METRIC, METRICS, type ResolvedMetric } from '../../domain/metrics/registry';
import type { Translate } from '../../i18n';

export interface MetricText {
  title: string;
  unit: string;
  source: string;
}

/** Title, unit and source line of a metric in the current language, from the metric registry. */
export function describeMetric(metric: ResolvedMetric, t: Translate): MetricText {
  if (metric.imported) {
    const m = metric.imported;
    return {
      title: m.name,
      unit: m.unit,
      source: t('source.imported', { source: m.source, year: m.year }),
    };
  }
  const definition = METRICS[metric.builtIn ?? DEFAULT_METRIC];
  // The report page of a county-level figure (the arrivals are on page 6).
  const page = [...(metric.countyValues?.values() ?? [])][0]?.page ?? 6;
  return {
    title: t(definition.title),
    unit: t(definition.unit),
    source: t(definition.source, { page }),
  };
}
