import { ckmeans } from 'simple-statistics';
import { numberFormat } from '../intl';
import { roundTo } from './digits';
import { localeOf, type Language } from '../language';

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, Apache-2.0), light → dark. Sequential single-direction
 * schemes like this one stay ordered for the common colour-vision deficiencies and in greyscale.
 * Index = number of classes; 1 and 2 are picked from the 3-class set (ColorBrewer starts at 3).
 */
const YL_GN_BU: Readonly<Record<number, readonly string[]>> = {
  1: ['#41b6c4'],
  2: ['#edf8b1', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
};

/** The colours of `k` classes, light → dark; k from 1 to 6 (classify may return fewer than asked). */
export function schemeFor(k: number): readonly string[] {
  const scheme = YL_GN_BU[k];
  if (!scheme) throw new RangeError(`no sequential scheme for ${k} classes (1–6)`);
  return scheme;
}

/** The default five-class sequential scheme, light → dark. */
export const SEQUENTIAL_SCHEME: readonly string[] = schemeFor(5);

export interface Classification {
  /**
   * k+1 ascending numbers: min, k-1 inner breaks, max. Class i holds breaks[i] <= v < breaks[i+1];
   * the last class also holds the max. Strictly ascending, except when all values are equal (one
   * class, breaks [v, v]).
   */
  breaks: number[];
  /** The class (0 = lowest) of a value; null for no data (null, NaN, ±Infinity). */
  classOf(value: number | null): number | null;
  /** How many of the classified values fall in each class. */
  counts: number[];
  /**
   * The lowest and the highest value of each class's members (as rounded when `digits` is given):
   * what the legend writes, so that no two classes share an end ("0,4 – 1,2", "1,5 – 3,2").
   */
  members: [number, number][];
}

/**
 * How many classes a few distinct values make at most: one per value up to two, then about one
 * per two values, so that six values make three classes and not five of one value each.
 */
export function classesFor(distinct: number, k: number): number {
  return Math.max(1, Math.min(k, distinct <= 2 ? distinct : Math.ceil(distinct / 2)));
}

export function isData(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The roundest number strictly between two neighbouring clusters (lo = top of the lower one,
 * hi = bottom of the upper one), so a legend reads "10 000 – 20 000" rather than "9 864 – 12 187"
 * while every value keeps its ckmeans class.
 */
function roundBetween(lo: number, hi: number): number {
  let exponent = Math.ceil(Math.log10(Math.max(Math.abs(lo), Math.abs(hi)))) + 1;
  for (let guard = 0; guard < 30; guard++, exponent--) {
    for (const mantissa of [1, 0.5, 0.2]) {
      const step = mantissa * 10 ** exponent;
      const decimals = Math.max(0, 1 - exponent);
      const candidate = Number(((Math.floor(lo / step) + 1) * step).toFixed(decimals));
      if (candidate > lo && candidate < hi) return candidate;
    }
  }
  return (lo + hi) / 2;
}

/**
 * Natural-breaks classes (ckmeans: optimal 1-D k-means, the modern form of Jenks), which suits
 * skewed figures such as population (Umeå 122 892 beside municipalities of 2 500) far better
 * than equal intervals or quantiles. Null and non-finite values are "no data": they are left out
 * of the classes, never put in class 0. Returns null when there is no data at all; fewer classes
 * than `k` when there are fewer distinct values.
 */
export function classify(
  values: readonly (number | null)[],
  k = 5,
  digits?: number,
): Classification | null {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`number of classes must be ≥ 1, not ${k}`);
  }
  // Values that are written alike are classed alike: 45,04 and 45,1 are both "45" at no decimals.
  const shown = (v: number) => (digits === undefined ? v : roundTo(v, digits));
  const data = values.filter(isData).map(shown);
  if (data.length === 0) return null;

  // Each cluster as [lowest, highest]; a cluster that starts at the value the previous one ends
  // with (a tie split equal values) is merged, so a break always fits strictly between them.
  const ranges: [number, number][] = [];
  for (const cluster of ckmeans(data, Math.min(k, new Set(data).size))) {
    const low = cluster[0]!;
    const high = cluster[cluster.length - 1]!;
    const previous = ranges[ranges.length - 1];
    if (previous && low <= previous[1]) previous[1] = Math.max(previous[1], high);
    else ranges.push([low, high]);
  }
  const breaks = [ranges[0]![0]];
  for (let i = 1; i < ranges.length; i++) {
    breaks.push(roundBetween(ranges[i - 1]![1], ranges[i]![0]));
  }
  breaks.push(ranges[ranges.length - 1]![1]);
  const classes = breaks.length - 1;

  const classOf = (raw: number | null): number | null => {
    if (!isData(raw)) return null;
    const value = shown(raw);
    // Largest i with breaks[i] <= value, searching only lower bounds so the max stays in the
    // last class; values outside [min, max] are clamped to the first or last class.
    let lo = 0;
    let hi = classes - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (value >= breaks[mid]!) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const counts = new Array<number>(classes).fill(0);
  for (const v of data) counts[classOf(v)!]! += 1;
  return { breaks, classOf, counts, members: ranges };
}

/** Decimals that keep a break readable: none from 100, one from 10, two below, 2 significant < 1. */
function formatOptions(value: number): Intl.NumberFormatOptions {
  const abs = Math.abs(value);
  if (abs >= 100) return { maximumFractionDigits: 0 };
  if (abs >= 10) return { maximumFractionDigits: 1 };
  if (abs >= 1 || abs === 0) return { maximumFractionDigits: 2 };
  return { maximumSignificantDigits: 2 };
}

/**
 * A class break as people read it: "1 124" in Swedish (Intl's no-break space as thousands
 * separator, decimal comma), "1,124" in English; small values keep 1–2 decimals ("0,37").
 */
export function formatBreak(value: number, language: Language): string {
  return numberFormat(localeOf(language), formatOptions(value)).format(value);
}
