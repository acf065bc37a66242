import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
// The raw SCB table from the shared data mirror (../shared beside the checkout), read as text by
// Vite so the test needs no Node types.
import kommunerCsv from '../../../../shared/data/statistics/Svenska_kommuner_2017.csv?raw';
import {
  classify,
  formatBreak,
  schemeFor,
  SEQUENTIAL_SCHEME,
  type Classification,
} from './classify';
import { classifyDiverging, divergingSchemeFor } from './diverging';

/** Population 2016-12-31 of the 29 municipalities of Västerbotten (24) and Norrbotten (25). */
function focusPopulation(): Map<string, number> {
  const { data } = Papa.parse<Record<string, string>>(kommunerCsv, {
    header: true,
    skipEmptyLines: true,
  });
  return new Map(
    data
      .filter((row) => /^2[45]/.test(row.Kod ?? ''))
      .map((row) => [row.Kod!, Number(row['Folkmängd']!.replace(/\s/g, ''))]),
  );
}

/** The invariants every classification must keep, checked against the values it was built from. */
function expectConsistent(c: Classification, values: readonly (number | null)[]) {
  const data = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const classes = c.breaks.length - 1;
  expect(c.counts).toHaveLength(classes);
  expect(c.counts.reduce((a, b) => a + b, 0)).toBe(data.length);
  expect(c.breaks[0]).toBe(Math.min(...data));
  expect(c.breaks[classes]).toBe(Math.max(...data));
  if (new Set(data).size > 1) {
    for (let i = 1; i < c.breaks.length; i++)
      expect(c.breaks[i]!).toBeGreaterThan(c.breaks[i - 1]!);
  }
  for (const v of data) {
    const cls = c.classOf(v)!;
    expect(cls).toBeGreaterThanOrEqual(0);
    expect(cls).toBeLessThan(classes);
    expect(v).toBeGreaterThanOrEqual(c.breaks[cls]!);
    if (cls < classes - 1) expect(v).toBeLessThan(c.breaks[cls + 1]!);
    else expect(v).toBeLessThanOrEqual(c.breaks[classes]!);
  }
}

describe('classify on the population of Norrbotten and Västerbotten', () => {
  const population = focusPopulation();

  it('reads the 29 municipalities from the SCB table', () => {
    expect(population.size).toBe(29);
    expect(population.get('2480')).toBe(122_892);
    expect(population.get('2403')).toBe(2_454);
  });

  it('makes five natural-breaks classes with every municipality in exactly one', () => {
    const values = [...population.values()];
    const c = classify(values)!;
    expect(c.breaks).toHaveLength(6);
    expectConsistent(c, values);
    // Skewed data: the small municipalities share the lowest class, Umeå sits at the top.
    expect(c.classOf(122_892)).toBe(4);
    expect(c.classOf(population.get('2403')!)).toBe(0);
    expect(c.counts[0]).toBeGreaterThan(10);
  });

  it('keeps municipalities without data apart instead of in class 0', () => {
    const values = [...population.values(), null, null];
    const c = classify(values)!;
    expectConsistent(c, values);
    expect(c.classOf(null)).toBeNull();
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(29);
  });
});

describe('classify edge cases', () => {
  it('returns null without data', () => {
    expect(classify([])).toBeNull();
    expect(classify([null, null])).toBeNull();
    expect(classify([Number.NaN, null])).toBeNull();
  });

  it('makes one class of a single value', () => {
    const c = classify([42])!;
    expect(c.breaks).toEqual([42, 42]);
    expect(c.counts).toEqual([1]);
    expect(c.classOf(42)).toBe(0);
  });

  it('makes one class when all values are equal', () => {
    const c = classify([7, 7, 7, null])!;
    expect(c.breaks).toEqual([7, 7]);
    expect(c.counts).toEqual([3]);
    expect(c.classOf(null)).toBeNull();
  });

  it('makes two classes of two values', () => {
    const c = classify([10, 20])!;
    expect(c.breaks).toEqual([10, 15, 20]);
    expect(c.classOf(10)).toBe(0);
    expect(c.classOf(20)).toBe(1);
    expect(c.counts).toEqual([1, 1]);
  });

  it('makes fewer classes when there are fewer distinct values than asked', () => {
    const values = [1, 1, 2, 2, 3];
    const c = classify(values, 5)!;
    expect(c.breaks).toHaveLength(4);
    expect(c.counts).toEqual([2, 2, 1]);
    expectConsistent(c, values);
  });

  it('puts a value equal to a break in the upper class, the max in the last', () => {
    const values = [1, 2, 3, 100, 101, 102, 1000];
    const c = classify(values, 3)!;
    // Round breaks strictly between the clusters 1–3, 100–102 and 1000.
    expect(c.breaks).toEqual([1, 50, 500, 1000]);
    expect(c.classOf(50)).toBe(1);
    expect(c.classOf(49.9)).toBe(0);
    expect(c.classOf(500)).toBe(2);
    expect(c.classOf(1000)).toBe(2);
    expectConsistent(c, values);
  });

  it('treats NaN and infinities as no data', () => {
    const values = [1, Number.NaN, 5, Number.POSITIVE_INFINITY, 9];
    const c = classify(values, 3)!;
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(c.classOf(Number.NaN)).toBeNull();
    expect(c.breaks).toEqual([1, 2, 6, 9]);
    expectConsistent(c, values);
  });

  it('makes one class when one is asked for', () => {
    expect(classify([3, 1, 2], 1)).toMatchObject({ breaks: [1, 3], counts: [3] });
  });

  it('rounds a break between small values without floating-point noise', () => {
    // Between 0.2 and 0.4 the roundest number is 0.3, not 0.30000000000000004.
    expect(classify([0.1, 0.2, 0.4, 0.5], 2)!.breaks).toEqual([0.1, 0.3, 0.5]);
  });

  it('refuses a class count below one', () => {
    expect(() => classify([1, 2], 0)).toThrow(RangeError);
    expect(() => classify([1, 2], 2.5)).toThrow(RangeError);
  });
});

describe('colour schemes', () => {
  it('has five light-to-dark colours by default', () => {
    expect(SEQUENTIAL_SCHEME).toHaveLength(5);
    const lightness = SEQUENTIAL_SCHEME.map((hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    });
    for (let i = 1; i < lightness.length; i++)
      expect(lightness[i]!).toBeLessThan(lightness[i - 1]!);
  });

  it('is ColorBrewer YlGnBu for each number of classes', () => {
    expect([1, 2, 3, 4, 5, 6].map(schemeFor)).toEqual([
      ['#41b6c4'],
      ['#edf8b1', '#2c7fb8'],
      ['#edf8b1', '#7fcdbb', '#2c7fb8'],
      ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
      ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
      ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
    ]);
    expect(() => schemeFor(7)).toThrow('no sequential scheme for 7 classes (1–6)');
    expect(() => classify([1, 2], 0)).toThrow('number of classes must be ≥ 1, not 0');
  });

  it('has a scheme of the right length for 1 to 6 classes', () => {
    for (let k = 1; k <= 6; k++) expect(schemeFor(k)).toHaveLength(k);
    expect(() => schemeFor(7)).toThrow(RangeError);
    expect(() => schemeFor(0)).toThrow(RangeError);
  });
});

describe('formatBreak', () => {
  // Intl may use a no-break or narrow no-break space; compare with plain spaces.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('groups thousands as the language does', () => {
    expect(plain(formatBreak(1124, 'sv'))).toBe('1 124');
    expect(formatBreak(1124, 'en')).toBe('1,124');
    expect(plain(formatBreak(122_892, 'sv'))).toBe('122 892');
  });

  it('rounds large values and keeps decimals for small ones', () => {
    expect(plain(formatBreak(1124.4, 'sv'))).toBe('1 124');
    expect(formatBreak(0.37, 'sv')).toBe('0,37');
    expect(formatBreak(0.37, 'en')).toBe('0.37');
    expect(formatBreak(3.14159, 'en')).toBe('3.14');
    expect(formatBreak(12.34, 'sv')).toBe('12,3');
    expect(formatBreak(0, 'en')).toBe('0');
    // Below one: two significant digits, however small.
    expect(formatBreak(0.0123, 'en')).toBe('0.012');
    expect(formatBreak(0.00123, 'sv')).toBe('0,0012');
  });
});

describe('classifyDiverging', () => {
  const changes = [-1200, -800, -310, -40, -5, 0, 3, 25, 60, 480, 900, 1500];

  it('puts zero and the changes near it in the middle class, falls below and rises above', () => {
    const c = classifyDiverging(changes)!;
    expect(c.breaks).toHaveLength(6);
    expect(c.middle).toBe(2);
    expect(c.classOf(0)).toBe(2);
    for (const v of changes) {
      const k = c.classOf(v)!;
      if (k < c.middle) expect(v, `${v} below the middle`).toBeLessThan(0);
      if (k > c.middle) expect(v, `${v} above the middle`).toBeGreaterThan(0);
    }
    expect(c.classOf(-1200)).toBe(0);
    expect(c.classOf(1500)).toBe(4);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(changes.length);
  });

  it('is mirrored: a fall and a rise of the same size are as far from the middle', () => {
    const c = classifyDiverging([-500, -50, 0, 50, 500, 5, -5])!;
    for (const v of [5, 50, 500]) {
      expect(c.middle - c.classOf(-v)!).toBe(c.classOf(v)! - c.middle);
    }
    // Symmetric breaks around zero.
    expect(c.breaks.map((b) => -b).reverse()).toEqual(c.breaks.map((b) => b + 0));
  });

  it('keeps classes on both sides when every change is a rise, so colours keep their meaning', () => {
    const c = classifyDiverging([10, 20, 300, 310])!;
    expect(c.classOf(10)).toBeGreaterThanOrEqual(c.middle);
    expect(c.classOf(310)).toBe(c.breaks.length - 2);
    expect(c.counts.slice(0, c.middle)).toEqual(new Array(c.middle).fill(0));
  });

  it('draws a fall and a rise of one size apart, not together around zero', () => {
    const c = classifyDiverging([-5, 5])!;
    expect(c.classOf(-5)).toBeLessThan(c.middle);
    expect(c.classOf(5)).toBeGreaterThan(c.middle);
  });

  it('has one middle class when nothing changed, and none without data', () => {
    const c = classifyDiverging([0, 0, null])!;
    expect(c.breaks).toEqual([0, 0]);
    expect(Object.is(c.breaks[0], -0)).toBe(false);
    expect(c.classOf(0)).toBe(0);
    expect(c.classOf(null)).toBeNull();
    expect(classifyDiverging([null, Number.NaN, Infinity])).toBeNull();
  });

  it('takes an odd number of classes only, and has a scheme for each', () => {
    expect(() => classifyDiverging(changes, 4)).toThrow(RangeError);
    expect(() => classifyDiverging(changes, 0)).toThrow(RangeError);
    expect(classifyDiverging(changes, 7)!.breaks).toHaveLength(8);
    expect(classifyDiverging(changes, 3)!.breaks).toHaveLength(4);
    for (const k of [1, 3, 5, 7]) {
      const scheme = divergingSchemeFor(k);
      expect(scheme).toHaveLength(k);
      expect(scheme[(k - 1) / 2]).toBe('#f5f5f5');
    }
    expect(() => divergingSchemeFor(4)).toThrow(RangeError);
  });
});
