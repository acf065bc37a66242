import { useMemo } from 'react';
import { useMapMetric } from '../../data-hooks/metric';
import { useSelected } from '../../data-hooks/municipalities';
import { useResults } from '../../data-hooks/results';
import { legendFor, type LegendModel } from '../../domain/metrics/legend';
import { describeMetric } from '../../domain/metrics/metric-text';
import { METRICS } from '../../domain/metrics/registry';
import { useI18n } from '../../i18n';

/** The legend of the map's metric in the current language, marking the selected municipality. */
export function useLegend(): LegendModel | null {
  const { t, language } = useI18n();
  const metric = useMapMetric();
  const filtered = Boolean(useResults()?.active);
  const selected = useSelected();
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
