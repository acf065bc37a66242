import { memo } from 'react';
import { BUILT_IN_METRICS, DEFAULT_METRIC, isBuiltInMetric } from '../../domain/metrics/registry';
import { useI18n } from '../../i18n';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';
import { Field } from '../../ui/Field';

/** Chooses what colours the map: the built-in metrics and the user's own. */
export const MetricSwitcher = memo(function MetricSwitcher() {
  const { t } = useI18n();
  const metric = useViewStore((s) => s.metric);
  const setMetric = useViewStore((s) => s.setMetric);
  const imported = useImportedMetrics((s) => s.metrics);
  const known = isBuiltInMetric(metric) || imported.some((m) => m.id === metric);
  return (
    <Field label={t('metric.label')} className="picker metric-switcher">
      <select value={known ? metric : DEFAULT_METRIC} onChange={(e) => setMetric(e.target.value)}>
        {BUILT_IN_METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`metric.${m}`)}
          </option>
        ))}
        {imported.length > 0 ? (
          <optgroup label={t('metric.imported')}>
            {imported.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </Field>
  );
});
