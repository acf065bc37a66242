import { beforeEach, describe, expect, it } from 'vitest';
import { classedView, countView, proportionalView, ZERO_COLOUR } from './metric-view';

const valuesOf = (values: Record<string, number | null>) => new Map(Object.entries(values));

describe('countView', () => {
  const values = valuesOf({ a: 0, b: 1, c: 2, d: 4, e: 7, f: null });
  // Made for each test, not while the tests are collected: the mutation run records which
  // tests reach a mutant, and switches it on, only around the tests themselves.
  let view: ReturnType<typeof countView>;
  beforeEach(() => {
    view = countView(values);
  });

  it('keeps zero apart from one, and one apart from no data', () => {
    expect(view.colourOf('a')).toBe(ZERO_COLOUR);
    expect(view.colourOf('b')).not.toBe(ZERO_COLOUR);
    expect(view.colourOf('f')).toBeNull();
    expect(view.noData).toEqual(['f']);
  });

  it('uses readable classes up to the real maximum', () => {
    expect(view.classes.map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 7],
    ]);
    expect(view.classes.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('has only the zero class when nothing has a project', () => {
    expect(countView(new Map([['a', 0]])).classes).toHaveLength(1);
  });
});

describe('classedView', () => {
  it('puts every value in one class and keeps no data apart', () => {
    const values = valuesOf({ a: 2500, b: 3000, c: 8000, d: 40000, e: 122892, f: null });
    const view = classedView(values, 3);
    expect(view.classes).toHaveLength(3);
    expect(view.classIndexOf('e')).toBe(2);
    expect(view.classIndexOf('f')).toBeNull();
    expect(view.classes.reduce((s, c) => s + c.count, 0)).toBe(5);
  });
});

describe('proportionalView', () => {
  // The arrivals of 2016 per 1 000 inhabitants: Västerbotten 1 068 / 265 881, Norrbotten 1 124 / 250 570.
  const vb = (1068 / 265_881) * 1000;
  const nb = (1124 / 250_570) * 1000;
  const values = new Map<string, number | null>([
    ['2480', vb],
    ['2403', vb],
    ['2580', nb],
    ['2584', nb],
  ]);
  const lightness = (hex: string) =>
    [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0) / 765;

  it('gives one class per county value, lowest first, and no "no data"', () => {
    const view = proportionalView(values);
    expect(view.classes.map((c) => c.min)).toEqual([vb, nb]);
    expect(view.classes.map((c) => c.count)).toEqual([2, 2]);
    expect(view.noData).toEqual([]);
    expect(view.colourOf('2480')).toBe(view.colourOf('2403'));
  });

  it('draws a 12 % difference as a small step on a scale from zero, not light against dark', () => {
    const view = proportionalView(values);
    const [low, high] = view.classes.map((c) => lightness(c.colour));
    const zero = lightness(ZERO_COLOUR);
    // Each colour lies on the zero → top line in proportion to its value.
    expect((zero - low!) / (zero - high!)).toBeCloseTo(vb / nb, 1);
    expect(low! - high!).toBeLessThan(0.1);
  });

  it('keeps a missing figure as "no data"', () => {
    const view = proportionalView(new Map([...values, ['2284', null]]));
    expect(view.noData).toEqual(['2284']);
    expect(view.colourOf('2284')).toBeNull();
  });

  it('draws the largest value in the top colour and zero in the zero colour, exactly', () => {
    // #225ea8: its red, 0x22, and a mix near zero need two hex digits each.
    const view = proportionalView(
      new Map<string, number | null>([
        ['a', 0],
        ['b', 2],
        ['c', 4],
        ['d', Number.NaN],
      ]),
    );
    expect(view.classes.map((c) => [c.min, c.colour])).toEqual([
      [0, ZERO_COLOUR],
      [2, '#8ba8c9'],
      [4, '#225ea8'],
    ]);
    expect(view.noData).toEqual(['d']);
    // Given in any order, the classes run from the lowest value up.
    const shuffled = proportionalView(
      new Map<string, number | null>([
        ['c', 4],
        ['a', 0],
        ['b', 2],
      ]),
    );
    expect(shuffled.classes.map((c) => c.min)).toEqual([0, 2, 4]);
    expect(shuffled.classIndexOf('c')).toBe(2);
  });

  it('draws every value at zero in the zero colour when all are zero', () => {
    const view = proportionalView(new Map<string, number | null>([['a', 0]]));
    expect(view.classes).toEqual([{ colour: ZERO_COLOUR, min: 0, max: 0, count: 1 }]);
  });
});

describe('any view', () => {
  it('answers null for a municipality it was not given', () => {
    for (const view of [
      countView(new Map([['a', 1]])),
      classedView(new Map([['a', 1]])),
      proportionalView(new Map([['a', 1]])),
    ]) {
      expect(view.colourOf('no-such-code')).toBeNull();
      expect(view.classIndexOf('no-such-code')).toBeNull();
    }
  });

  it('has no classes and everything as "no data" when no value is known', () => {
    const view = classedView(
      new Map<string, number | null>([
        ['a', null],
        ['b', Number.NaN],
      ]),
    );
    expect(view.classes).toEqual([]);
    expect(view.noData).toEqual(['a', 'b']);
    expect(view.colourOf('a')).toBeNull();
    expect(view.classIndexOf('b')).toBeNull();
  });
});

describe('classedView of few values', () => {
  const values = (list: number[]) => new Map(list.map((v, i) => [String(2500 + i), v]));

  it('makes three classes of six values, not five of one value each', () => {
    const view = classedView(values([10, 12, 30, 33, 45, 45.1]), 5, undefined, 1);
    expect(view.classes).toHaveLength(3);
    expect(view.classes.map((c) => [c.min, c.max])).toEqual([
      [10, 12],
      [30, 33],
      [45, 45.1],
    ]);
  });

  it('classes values that are written alike together, and labels a class by its members', () => {
    const view = classedView(values([45.04, 45.01, 1, 2, 20, 21, 22]), 5, undefined, 1);
    const last = view.classes.at(-1)!;
    expect([last.min, last.max]).toEqual([45, 45]);
    // No two classes share an end: each ends at its highest member, the next starts at its lowest.
    for (let i = 1; i < view.classes.length; i++)
      expect(view.classes[i]!.min).toBeGreaterThan(view.classes[i - 1]!.max);
  });

  it('colours each municipality in the class the legend puts its value in', () => {
    const list = [0, 0.12, 0.14, 0.5, 0.51, 1.1, 2.2, 3.2];
    const view = classedView(values(list), 5, undefined, 2);
    list.forEach((v, i) => {
      const c = view.classes[view.classIndexOf(String(2500 + i))!]!;
      expect(v).toBeGreaterThanOrEqual(c.min);
      expect(v).toBeLessThanOrEqual(c.max);
      expect(view.colourOf(String(2500 + i))).toBe(c.colour);
    });
  });
});
