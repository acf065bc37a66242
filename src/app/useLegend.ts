import { useMemo } from 'react';
import type { Results } from '../domain/catalogue/results';
import { legendFor, type LegendModel } from '../domain/metrics/legend';
import { METRICS, type ResolvedMetric } from '../domain/metrics/registry';
import type { Municipality } from '../domain/municipality';
import { describeMetric } from '../features/statistics/metric-text';
import { useI18n } from '../i18n';

/** The legend of the map's metric in the current language, marking the selected municipality. */
export function useLegend(
  metric: ResolvedMetric | null,
  results: Results | null,
  selected: Municipality | undefined,
): LegendModel | null {
  const { t, language } = useI18n();
  const filtered = Boolean(results?.active);
  return useMemo(() => {
    if (!metric) return null;
    const note = metric.builtIn ? METRICS[metric.builtIn].note : null;
    return legendFor(
      metric,
      {
        ...describeMetric(metric, t),
        // A count follows the filters: the note says so while they narrow the catalogue.
        note: note ? t(note) + (filtered ? ` (${t('panel.matching')})` : '') : undefined,
        countyNote: t('legend.arrivalsNote'),
        countyClass: (county) => t('legend.arrivalsCounty', county),
      },
      language,
      // Only a municipality of the focus has a place in the legend.
      selected?.focus ? selected : null,
    );
  }, [metric, filtered, selected, t, language]);
}
