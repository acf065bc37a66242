import { useMemo } from 'react';
import { formatBreak } from '../../domain/metrics/classify';
import { seriesOfMetric } from '../../domain/metrics/series-record';
import { setTrends } from '../../domain/metrics/trend';
import { useI18n } from '../../i18n';
import { useSeriesI18n } from '../../i18n/series';
import { useImportedMetrics } from '../../state/imported-metrics';
import { FigureValue } from '../../ui/FigureValue';
import { Sparkline } from '../../ui/Sparkline';

/**
 * The rows of the sheet's key figures for the measures over time this browser holds (imported
 * files of several years): the latest value with its year and source, and the trend beside it,
 * its first and last year written out.
 */
export function SheetTrends({ code }: { code: string }) {
  const { t, language } = useSeriesI18n();
  const noData = useI18n().t('compare.noData');
  const imported = useImportedMetrics((s) => s.metrics);
  const trends = useMemo(
    () =>
      setTrends(
        imported.map((m) => ({ ...m, series: m.seriesRecord ? seriesOfMetric(m) : null })),
        [code],
      ),
    [imported, code],
  );
  const fmt = (v: number) => formatBreak(v, language);
  return trends.map((trend) => {
    const points = trend.cells[0]!.points;
    const last = points.at(-1);
    const source = imported.find((m) => m.id === trend.id)?.source;
    return (
      <tr key={trend.id} data-trend={trend.id}>
        <th scope="row">
          {trend.name}
          {source ? (
            <span className="sheet-figures__source">
              <span className="source-note">{source}</span>
            </span>
          ) : null}
        </th>
        <td>
          <FigureValue
            value={last ? fmt(last.value) : null}
            unit={last ? `${trend.unit} (${last.year})`.trim() : trend.unit}
          />
          <span className="sheet-figures__trend">
            <Sparkline
              points={points}
              empty={points.length === 0 ? noData : t('series.tooShort')}
              text={(first, end) =>
                t('series.firstLast', {
                  from: first.year,
                  first: fmt(first.value),
                  to: end.year,
                  last: fmt(end.value),
                })
              }
            />
          </span>
        </td>
        <td>–</td>
      </tr>
    );
  });
}
