import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { formatBreak } from '../../domain/metrics/classify';
import type { ResolvedMetric } from '../../domain/metrics/definitions';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { asAccessibleImage } from '../../ui/chart';

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
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const rows = municipalities
      .filter((m) => m.focus)
      .map((m) => ({ name: m.name, code: m.code, value: metric.values.get(m.code) ?? null }))
      .sort(
        (a, b) =>
          (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name, 'sv'),
      );
    const known = rows.filter((r) => r.value !== null);
    const missing = rows.filter((r) => r.value === null);
    const chart = Plot.plot({
      width: 300,
      height: 22 * rows.length + 40,
      marginLeft: 96,
      marginRight: 40,
      style: { fontFamily: 'Noto Sans, sans-serif', fontSize: '11px', background: 'transparent' },
      ariaLabel: t('chart.title', { metric: title }),
      x: { label: null, grid: true, tickFormat: (v: number) => formatBreak(v, language), ticks: 3 },
      y: { domain: rows.map((r) => r.name), label: null },
      marks: [
        Plot.barX(known, {
          x: 'value',
          y: 'name',
          fill: (d: { code: string }) => (d.code === selected ? '#b3471d' : '#2c7fb8'),
        }),
        Plot.text(known, {
          x: 'value',
          y: 'name',
          text: (d: { value: number }) => formatBreak(d.value, language),
          textAnchor: 'start',
          dx: 3,
          fill: '#1f2a36',
        }),
        Plot.text(missing, {
          x: 0,
          y: 'name',
          text: () => t('chart.noData'),
          textAnchor: 'start',
          dx: 3,
          fill: '#4f5b67',
          fontStyle: 'italic',
        }),
        Plot.ruleX([0]),
      ],
    });
    ref.current?.replaceChildren(asAccessibleImage(chart, t('chart.title', { metric: title })));
    return () => chart.remove();
  }, [metric, municipalities, selected, title, language, t]);

  return (
    <figure className="ranking-chart" data-testid="ranking-chart">
      <figcaption className="legend__title">{t('chart.title', { metric: title })}</figcaption>
      <div ref={ref} />
      <p className="source-note">{source}</p>
    </figure>
  );
}
