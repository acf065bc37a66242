import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { formatFigure } from '../../domain/metrics/digits';
import { countyRankingRows, rankingRows } from '../../domain/metrics/ranking';
import type { ResolvedMetric } from '../../domain/metrics/registry';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { LIGHT_THEME } from '../../map/theme';
import { barChart, Chart } from '../../ui/Chart';

/** All focus municipalities ranked on the current metric; the selected one stands out, no data is said. */
export default function RankingChart({
  metric,
  municipalities,
  selected,
  title,
  source,
}: {
  metric: ResolvedMetric;
  municipalities: readonly Municipality[];
  selected: string | null;
  title: string;
  source: string;
}) {
  const { t, language } = useI18n();
  const name = t('chart.title', { metric: title });
  const chart = useMemo(() => {
    // A county-level metric ranks its counties: its municipalities have no figure of their own.
    const { all, known, missing } = metric.countyValues
      ? countyRankingRows(metric.countyValues)
      : rankingRows(municipalities, metric.values);
    const selectedCode = metric.countyValues
      ? municipalities.find((m) => m.code === selected)?.countyCode
      : selected;
    // The metric's one precision, as the panel, the legend and the comparison write it.
    const format = (v: number) => formatFigure(v, metric.digits, language);
    // Room right of the longest bar for its figure ("122 892" at 11 px is about 42 px).
    const longest = Math.max(0, ...known.map((r) => format(r.value).length));
    return barChart({
      name,
      rows: known,
      x: 'value',
      y: 'name',
      domain: all.map((r) => r.name),
      width: 300,
      rowHeight: 22,
      fontSize: 11,
      marginLeft: 96,
      marginRight: Math.max(40, Math.ceil(longest * 6.6) + 10),
      axis: { label: null, tickFormat: format, ticks: 3 },
      fill: (d) => (d.code === selectedCode ? LIGHT_THEME.chartSelected : LIGHT_THEME.chartBar),
      label: (d) => format(d.value),
      marks: [
        Plot.text(missing, {
          x: 0,
          y: 'name',
          text: () => t('chart.noData'),
          textAnchor: 'start',
          dx: 3,
          fill: LIGHT_THEME.inkMuted,
          fontStyle: 'italic',
        }),
      ],
    });
  }, [metric, municipalities, selected, name, language, t]);

  return (
    <figure className="ranking-chart" data-testid="ranking-chart">
      <figcaption className="legend__title">{name}</figcaption>
      <Chart chart={chart} />
      <p className="source-note">{source}</p>
    </figure>
  );
}
