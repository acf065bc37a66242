import { lazy, Suspense, useMemo } from 'react';
import { useMapMetric, useMetricContext } from '../../data-hooks/metric';
import { describeMetric, unitAfter } from '../../domain/metrics/metric-text';
import { municipalityStatistics } from '../../domain/metrics/ranking';
import type { MetricContext } from '../../domain/metrics/registry';
import { useI18n } from '../../i18n';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { useRegionTotals } from '../../data-hooks/region-figures';
import { countyOfSwedenName } from '../../domain/metrics/regions';
import { regionReferences, type ReferenceFigure } from '../../domain/region-totals';
import { useSeriesI18n } from '../../i18n/series';
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
  // The metric the map shows reads as the map draws it (a measure over time in its year or change).
  const shown = useMapMetric();
  const { rows, total } = useMemo(
    () => municipalityStatistics(code, context, shown),
    [code, context, shown],
  );
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
                      value: `${n(county.persons)} ${t('unit.persons')} (${n(county.perThousand, metric.digits)} ${unit})`,
                    })}
                  </span>
                ) : null}
                {metric.id === 'population' || metric.id === 'density' ? (
                  <RegionReferences
                    figure={metric.id}
                    countyCode={place?.countyCode ?? ''}
                    digits={metric.digits}
                  />
                ) : null}
                <span className="source-note">{source}</span>
                {metric.imported?.seriesRecord && place ? (
                  // A measure over time: its trend beside the county and Sweden.
                  <Suspense fallback={null}>
                    <TrendChart
                      metric={context.imported.find((m) => m.id === metric.id) ?? metric.imported}
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

/** A built-in figure's county and Sweden beside the municipality's (sums of SCB's table). */
function RegionReferences({
  figure,
  countyCode,
  digits,
}: {
  figure: ReferenceFigure;
  countyCode: string;
  digits: number;
}) {
  const { t, n, language } = useSeriesI18n();
  const totals = useRegionTotals();
  if (!totals) return null;
  const name = (code: string, sv: string) =>
    language === 'sv'
      ? sv
      : code === '00'
        ? t('series.sweden')
        : countyOfSwedenName(language, code);
  const references = regionReferences(figure, countyCode, totals.regions);
  return references.length > 0 ? (
    <span className="figure__rank" data-testid="region-references">
      {references.map((r) => `${name(r.code, r.name)}: ${n(r.value, digits)}`).join(' · ')}
    </span>
  ) : null;
}
