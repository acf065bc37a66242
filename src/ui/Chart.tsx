import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { LIGHT_THEME } from '../map/theme';

/**
 * Plot labels its mark groups with aria-label, which ARIA forbids on elements without a role.
 * The chart is one image with a name (the numbers are also given as text beside it).
 */
export function asAccessibleImage(chart: Element, name: string): Element {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', name);
  chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
  chart
    .querySelectorAll('g[aria-description]')
    .forEach((g) => g.removeAttribute('aria-description'));
  return chart;
}

export interface BarChartOptions<T> {
  /** The chart's accessible name: it is one image, its figures are also given as text. */
  name: string;
  /** The bars, one a row, in the order of `domain`. */
  rows: readonly T[];
  /** The field with the row's name (the y axis), and the field with its value (the x axis). */
  y: keyof T & string;
  x: keyof T & string;
  /** Every row name, top to bottom (rows without a bar included). */
  domain: readonly string[];
  width: number;
  rowHeight: number;
  fontSize: number;
  marginLeft: number;
  marginRight: number;
  axis: Plot.ScaleOptions;
  fill: string | ((row: T) => string);
  /** The text beside each bar. */
  label: (row: T) => string;
  /** A tooltip for each bar. */
  title?: (row: T) => string;
  /** Marks drawn over the bars (e.g. "no data" written where a bar is missing). */
  marks?: Plot.Markish[];
}

/** A horizontal bar chart in the app's type and colours: the one Plot set-up of every chart. */
export function barChart<T>(o: BarChartOptions<T>): Element {
  const chart = Plot.plot({
    width: o.width,
    height: o.rowHeight * o.domain.length + 40,
    marginLeft: o.marginLeft,
    marginRight: o.marginRight,
    style: {
      fontFamily: 'Noto Sans, sans-serif',
      fontSize: `${o.fontSize}px`,
      background: 'transparent',
    },
    ariaLabel: o.name,
    x: { grid: true, ...o.axis },
    y: { domain: [...o.domain], label: null },
    marks: [
      Plot.barX(o.rows, { x: o.x, y: o.y, fill: o.fill, title: o.title }),
      Plot.text(o.rows, {
        x: o.x,
        y: o.y,
        text: o.label,
        textAnchor: 'start',
        dx: 3,
        fill: LIGHT_THEME.ink,
      }),
      ...(o.marks ?? []),
      Plot.ruleX([0]),
    ],
  });
  return asAccessibleImage(chart, o.name);
}

/** Mounts a chart built by `barChart` (memoise it: a new element is drawn anew). */
export function Chart({ chart }: { chart: Element }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [chart]);
  return <div ref={ref} />;
}
