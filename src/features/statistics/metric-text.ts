import type { ResolvedMetric } from '../../domain/metrics/definitions';
import type { Translate } from '../../i18n';

/** Title, unit and source line of a metric in the current language. */
export function describeMetric(
  metric: ResolvedMetric,
  t: Translate,
): { title: string; unit: string; source: string } {
  if (metric.imported) {
    const m = metric.imported;
    return {
      title: m.name,
      unit: m.unit,
      source: t('source.imported', { source: m.source, year: m.year }),
    };
  }
  switch (metric.builtIn) {
    case 'projectsPer10k':
      return {
        title: t('metric.projectsPer10k'),
        unit: t('unit.per10k'),
        source: t('source.projectsPer10k'),
      };
    case 'population':
      return {
        title: t('metric.population'),
        unit: t('unit.inhabitants'),
        source: t('source.population'),
      };
    case 'density':
      return { title: t('metric.density'), unit: t('unit.perKm2'), source: t('source.density') };
    case 'arrivals': {
      const page = [...(metric.countyValues?.values() ?? [])][0]?.page ?? 6;
      return {
        title: t('metric.arrivals'),
        unit: t('unit.perThousand'),
        source: t('source.arrivals', { page }),
      };
    }
    default:
      return {
        title: t('metric.projects'),
        unit: t('unit.projects'),
        source: t('source.projects'),
      };
  }
}
