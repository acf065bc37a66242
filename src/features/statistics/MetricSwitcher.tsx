import { useId } from 'react';
import { BUILT_IN_METRICS } from '../../domain/metrics/definitions';
import { useI18n } from '../../i18n';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';

/** Chooses what colours the map: the built-in metrics and the user's own. */
export function MetricSwitcher() {
  const { t } = useI18n();
  const id = useId();
  const metric = useViewStore((s) => s.metric);
  const setMetric = useViewStore((s) => s.setMetric);
  const imported = useImportedMetrics((s) => s.metrics);
  const known = BUILT_IN_METRICS.includes(metric as never) || imported.some((m) => m.id === metric);
  return (
    <div className="picker metric-switcher">
      <label htmlFor={id} className="picker__label">
        {t('metric.label')}
      </label>
      <select
        id={id}
        className="picker__input"
        value={known ? metric : 'projects'}
        onChange={(e) => setMetric(e.target.value)}
      >
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
    </div>
  );
}
