import {
  BUILT_IN_METRICS,
  ranks,
  resolveMetric,
  type MetricContext,
} from '../../domain/metrics/definitions';
import { useI18n } from '../../i18n';
import { describeMetric } from '../statistics/metric-text';

/** Every metric for one municipality, with its rank among the focus municipalities and its source. */
export function MunicipalityStatistics({
  code,
  context,
}: {
  code: string;
  context: MetricContext;
}) {
  const { t, n } = useI18n();
  const ids = [...BUILT_IN_METRICS, ...context.imported.map((m) => m.id)];
  const total = context.municipalities.filter((m) => m.focus).length;
  return (
    <section aria-labelledby="panel-statistics">
      <h3 id="panel-statistics" className="panel__section-title">
        {t('panel.statistics')}
      </h3>
      <dl className="figures" data-testid="municipality-statistics">
        {ids.map((id) => {
          const metric = resolveMetric(id, context);
          const { title, unit, source } = describeMetric(metric, t);
          const value = metric.values.get(code) ?? null;
          const rank = ranks(metric.values).get(code);
          const county = metric.countyValues?.get(
            context.municipalities.find((m) => m.code === code)?.countyCode ?? '',
          );
          return (
            <div className="figure" key={id} data-metric={id}>
              <dt>{title}</dt>
              <dd>
                {value === null ? (
                  <span className="no-data">{t('noData')}</span>
                ) : (
                  <span className="figure__value">
                    {n(value, metric.digits)} <span className="figure__unit">{unit}</span>
                  </span>
                )}
                {rank ? (
                  <span className="figure__rank">{t('panel.rank', { rank, total })}</span>
                ) : null}
                {county ? (
                  <span className="figure__rank">
                    {t('panel.countyFigure', {
                      value: `${n(county.persons)} ${t('unit.persons')} (${n(county.perThousand, 1)} ${unit})`,
                    })}
                  </span>
                ) : null}
                <span className="source-note">{source}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
