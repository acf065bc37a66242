import { classesFor, classify, isData, schemeFor } from './classify';
import { roundTo } from './digits';

/** Colour of "none" in count metrics: a real zero, drawn plain, unlike "no data" (hatched). */
export const ZERO_COLOUR = '#f4f1ea';

export interface LegendClass {
  colour: string;
  /** Inclusive lower and upper value of the class, as shown in the legend. */
  min: number;
  max: number;
  /** How many municipalities fall in it. */
  count: number;
}

/** What the map and the legend show for one metric: a colour per municipality, or no data. */
export interface MetricView {
  classes: LegendClass[];
  /** Municipalities without a value, drawn hatched and listed as "no data". */
  noData: string[];
  values: Map<string, number | null>;
  colourOf(code: string): string | null;
  classIndexOf(code: string): number | null;
}

/**
 * Counts (of projects) in fixed, readable classes: 0 on its own, then 1, 2, 3–4, 5 or more
 * (capped at the real maximum). Small whole numbers read better than natural breaks here.
 */
export function countView(values: Map<string, number | null>): MetricView {
  const known = [...values.values()].filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  const bounds: [number, number][] = [
    [1, 1],
    [2, 2],
    [3, 4],
    [5, Math.max(5, max)],
  ].filter(([lo]) => lo! <= max) as [number, number][];
  const scheme = bounds.length > 0 ? schemeFor(bounds.length) : [];
  const classes: LegendClass[] = [
    { colour: ZERO_COLOUR, min: 0, max: 0, count: 0 },
    ...bounds.map(([min, maxOf], i) => ({ colour: scheme[i]!, min, max: maxOf, count: 0 })),
  ];
  const indexOf = (v: number) => classes.findIndex((c) => v >= c.min && v <= c.max);
  return viewOf(values, classes, indexOf);
}

/**
 * Any other figure in natural-breaks classes (ckmeans), with "no data" kept apart. The classes
 * are made from `over` when given (every year of a series, so that a colour means the same in
 * each year), else from the values shown; values are classed as written with `digits` decimals.
 */
export function classedView(
  values: Map<string, number | null>,
  k = 5,
  over: readonly (number | null)[] = [...values.values()],
  digits?: number,
): MetricView {
  // Few distinct values (as written) make few classes: six values in three, not five of one each.
  const written = over.filter(isData).map((v) => (digits === undefined ? v : roundTo(v, digits)));
  const classification = classify(over, classesFor(new Set(written).size, k), digits);
  if (!classification) return viewOf(values, [], () => -1);
  // A class reads from its lowest to its highest member, as written with the figure's decimals.
  const { members } = classification;
  const scheme = schemeFor(members.length);
  const classes = scheme.map((colour, i) => ({
    colour,
    min: members[i]![0],
    max: members[i]![1],
    count: 0,
  }));
  return viewOf(values, classes, (v) => classification.classOf(v) ?? -1);
}

/** A view of values in the classes given, each value's class by `indexOf` (-1: no data). */
export function viewOf(
  values: Map<string, number | null>,
  classes: LegendClass[],
  indexOf: (v: number) => number,
): MetricView {
  const classIndex = new Map<string, number | null>();
  const noData: string[] = [];
  for (const [code, value] of values) {
    const index = value === null || !Number.isFinite(value) ? -1 : indexOf(value);
    if (index < 0) {
      classIndex.set(code, null);
      noData.push(code);
    } else {
      classIndex.set(code, index);
      classes[index]!.count += 1;
    }
  }
  return {
    classes,
    noData,
    values,
    classIndexOf: (code) => classIndex.get(code) ?? null,
    colourOf: (code) => {
      const index = classIndex.get(code);
      return index === null || index === undefined ? null : classes[index]!.colour;
    },
  };
}

/** The darkest colour of a proportional scale: the top of the sequential scheme. */
const PROPORTIONAL_TOP = '#225ea8';

/** `from` mixed towards `to` by t (0–1), as "#rrggbb". */
function mix(from: string, to: string, t: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const a = rgb(from);
  const b = rgb(to);
  return `#${a
    .map((x, i) => Math.round(x + (b[i]! - x) * t))
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * A figure known per area of a larger unit (the arrivals per county): one class per distinct
 * value, its colour proportional to the value on a scale from zero to the largest value, so that
 * two values 10 % apart are drawn 10 % apart rather than as the lightest and the darkest class.
 */
export function proportionalView(values: Map<string, number | null>): MetricView {
  const known = [...new Set([...values.values()].filter(isFinite))].sort((a, b) => a - b);
  const top = Math.max(0, ...known);
  const classes: LegendClass[] = known.map((v) => ({
    colour: mix(ZERO_COLOUR, PROPORTIONAL_TOP, top > 0 ? v / top : 0),
    min: v,
    max: v,
    count: 0,
  }));
  return viewOf(values, classes, (v) => known.indexOf(v));
}

function isFinite(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}
