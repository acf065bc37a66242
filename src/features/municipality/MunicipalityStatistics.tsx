import { lazy, Suspense, useMemo } from 'react';
import { useMetricContext } from '../../data-hooks/metric';
import { describeMetric, unitAfter } from '../../domain/metrics/metric-text';
import { municipalityStatistics } from '../../domain/metrics/ranking';
import type { MetricContext } from '../../domain/metrics/registry';
import { useI18n } from '../../i18n';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { FigureValue } from '../../ui/FigureValue';
import { PanelSection } from '../../ui/Panel';

/** A measure over time's trend beside the county and Sweden, loaded with the first such measure. */
const TrendChart = lazy(() => import('./TrendChart'));

/**
 * Every metric for one municipality, with its rank among the focus municipalities and its source,
 * once the statistics can be computed.
 */
export function MunicipalityStatistics({ code }: { code: string }) {
  const context = useMetricContext();
  return context ? <Statistics code={code} context={context} /> : null;
}

function Statistics({ code, context }: { code: string; context: MetricContext }) {
  const { t, n, plural } = useI18n();
  const { rows, total } = useMemo(() => municipalityStatistics(code, context), [code, context]);
  const place = useMunicipalities().byCode.get(code);
  return (
    <PanelSection id="panel-statistics" title={t('panel.statistics')}>
      <dl className="figures" data-testid="municipality-statistics">
        {rows.map(({ metric, value, rank, county }) => {
          const text = describeMetric(metric, t);
          const { title, unit, source } = text;
          return (
            <div className="figure" key={metric.id} data-metric={metric.id}>
              <dt>{title}</dt>
              <dd>
                <FigureValue
                  value={value === null ? null : n(value, metric.digits)}
                  unit={unitAfter(text, value, plural)}
                />
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
                {metric.imported?.seriesRecord && place ? (
                  // A measure over time: its trend beside the county and Sweden.
                  <Suspense fallback={null}>
                    <TrendChart
                      metric={metric.imported}
                      code={code}
                      name={place.name}
                      countyCode={place.countyCode}
                    />
                  </Suspense>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </PanelSection>
  );
}
