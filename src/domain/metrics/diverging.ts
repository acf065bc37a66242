import { classify, isData, type Classification } from './classify';

/**
 * Classes of a change around zero, in their own module: only the views of change over time need
 * them, and they stay out of the first load.
 */

/**
 * ColorBrewer BrBG (Cynthia Brewer, Apache-2.0), brown (below zero) → near white (about zero) →
 * blue-green (above zero): a diverging scheme ColorBrewer marks safe for colour-blind readers and
 * that keeps its order in greyscale from the middle out. Odd class counts only, so that zero has
 * a class of its own in the middle; 1 is that middle alone.
 */
const BR_BG: Readonly<Record<number, readonly string[]>> = {
  1: ['#f5f5f5'],
  3: ['#d8b365', '#f5f5f5', '#5ab4ac'],
  5: ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'],
  7: ['#8c510a', '#d8b365', '#f6e8c3', '#f5f5f5', '#c7eae5', '#5ab4ac', '#01665e'],
};

/** The colours of `k` diverging classes, most negative → most positive; k odd, 1 to 7. */
export function divergingSchemeFor(k: number): readonly string[] {
  const scheme = BR_BG[k];
  if (!scheme) throw new RangeError(`no diverging scheme for ${k} classes (1, 3, 5 or 7)`);
  return scheme;
}

export interface DivergingClassification extends Omit<Classification, 'members'> {
  /** The index of the middle class, the one that holds zero. */
  middle: number;
}

/**
 * Classes of a change around zero: as many below zero as above, mirrored, with zero in the
 * middle class (which holds the changes near zero). The bounds are natural breaks (ckmeans) of
 * the sizes of the changes, zero among them, so that the middle class is "about no change" and a
 * fall and a rise of the same size have the same shade of their own colour. `k` is odd (1–7); fewer
 * classes when there are fewer distinct sizes. Null and non-finite values are "no data"; null
 * when there is none.
 */
export function classifyDiverging(
  values: readonly (number | null)[],
  k = 5,
): DivergingClassification | null {
  if (!Number.isInteger(k) || k < 1 || k % 2 === 0) {
    throw new RangeError(`number of diverging classes must be odd and ≥ 1, not ${k}`);
  }
  const data = values.filter(isData);
  if (data.length === 0) return null;
  // Sizes of change, with zero, so that the first class of sizes starts at no change.
  const sizes = classify([0, ...data.map(Math.abs)], (k + 1) / 2)!;
  const side = sizes.breaks.length - 1;
  const middle = side - 1;
  const inner = sizes.breaks.slice(1, -1);
  const top = sizes.breaks[side]!;
  // No "-0" in a legend when nothing changed.
  const below = (b: number) => (b === 0 ? 0 : -b);
  const breaks =
    side === 1 ? [below(top), top] : [below(top), ...inner.map(below).reverse(), ...inner, top];
  const classOf = (value: number | null): number | null => {
    if (!isData(value)) return null;
    const size = sizes.classOf(Math.abs(value))!;
    if (size === 0) return middle;
    return value < 0 ? middle - size : middle + size;
  };
  const counts = new Array<number>(2 * side - 1).fill(0);
  for (const v of data) counts[classOf(v)!]! += 1;
  return { breaks, classOf, counts, middle };
}
