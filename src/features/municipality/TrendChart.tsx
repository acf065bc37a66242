import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import { formatBreak } from '../../domain/metrics/classify';
import { countyOfSwedenName } from '../../domain/metrics/regions';
import type { ImportedMetric } from '../../domain/metrics/registry';
import { trendOf } from '../../domain/metrics/series';
import { useSeriesI18n } from '../../i18n/series';
import { LIGHT_THEME } from '../../map/theme';
import { asAccessibleImage } from '../../ui/Chart';
import { seriesOfMetric } from '../../domain/metrics/series-record';
import { trendLines, type TrendLine } from '../../domain/metrics/trend';
import './trend.css';

const STROKE: Record<TrendLine['key'], string> = {
  municipality: LIGHT_THEME.chartSelected,
  county: LIGHT_THEME.chartBar,
  sweden: LIGHT_THEME.inkMuted,
};

/**
 * A measure over time of one municipality as a small line chart, beside its county and Sweden
 * where the file gives them (as an index when they differ too much in size to share an axis),
 * with each line's latest value and year written out: the chart is one image with a name, its
 * figures are text.
 */
export default function TrendChart({
  metric,
  code,
  name,
  countyCode,
}: {
  metric: ImportedMetric;
  code: string;
  name: string;
  countyCode: string;
}) {
  const { t, language } = useSeriesI18n();
  const ref = useRef<HTMLDivElement>(null);
  const series = seriesOfMetric(metric);
  const trend = useMemo(
    () => (series ? trendLines(series, code, countyCode) : null),
    [series, code, countyCode],
  );
  const label = (key: TrendLine['key']) =>
    key === 'municipality'
      ? name
      : key === 'sweden'
        ? t('series.sweden')
        : countyOfSwedenName(language, countyCode);
  const fmt = (v: number) => formatBreak(v, language);
  const years = trend?.lines[0]?.points.map((p) => p.year) ?? [];
  const chartName = trend
    ? t('series.trend', {
        name: metric.name,
        from: years[0]!,
        to: years.at(-1)!,
        lines: trend.lines.map((l) => label(l.key)).join(', '),
      })
    : '';

  useEffect(() => {
    if (!trend || !ref.current) return;
    const rows = trend.lines.flatMap((l) =>
      l.points.map((p) => ({ ...p, line: label(l.key), key: l.key })),
    );
    const chart = Plot.plot({
      width: 280,
      height: 140,
      marginLeft: 48,
      marginRight: 12,
      style: { fontFamily: 'Noto Sans, sans-serif', fontSize: '10px', background: 'transparent' },
      x: { label: null, tickFormat: (d: number) => String(d), ticks: Math.min(5, years.length) },
      y: { label: null, grid: true, tickFormat: fmt, ticks: 3 },
      marks: [
        Plot.line(rows, {
          x: 'year',
          y: 'value',
          z: 'line',
          stroke: (d: { key: TrendLine['key'] }) => STROKE[d.key],
          strokeWidth: (d: { key: TrendLine['key'] }) => (d.key === 'municipality' ? 2.5 : 1.5),
        }),
        Plot.dot(rows, {
          x: 'year',
          y: 'value',
          r: 2,
          fill: (d: { key: TrendLine['key'] }) => STROKE[d.key],
        }),
      ],
    });
    asAccessibleImage(chart, chartName);
    ref.current.replaceChildren(chart);
    return () => chart.remove();
    // The words follow the language; the chart is drawn anew when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trend, chartName, language]);

  if (!series || !trend) return null;
  // The latest value of each line as the file gives it (not the index).
  const latest = (key: TrendLine['key']) => {
    const points = trendOf(
      series,
      key === 'municipality'
        ? { municipality: code }
        : { reference: key === 'sweden' ? '00' : countyCode },
    );
    return points.at(-1);
  };
  return (
    <figure className="trend-chart" data-testid="trend-chart" data-metric={metric.id}>
      <div ref={ref} />
      {trend.indexYear !== null ? (
        <p className="trend-chart__note">{t('series.trendIndex', { year: trend.indexYear })}</p>
      ) : null}
      <ul className="trend-chart__lines">
        {trend.lines.map((l) => {
          const last = latest(l.key);
          return (
            <li key={l.key}>
              <span
                className="trend-chart__swatch"
                style={{ background: STROKE[l.key] }}
                aria-hidden="true"
              />
              {last
                ? t('series.latest', {
                    name: label(l.key),
                    value: `${fmt(last.value)}${metric.unit ? ` ${metric.unit}` : ''}`,
                    year: last.year,
                  })
                : label(l.key)}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
