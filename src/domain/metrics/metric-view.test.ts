import { describe, expect, it } from 'vitest';
import { classedView, countView, ZERO_COLOUR } from './metric-view';

const valuesOf = (values: Record<string, number | null>) => new Map(Object.entries(values));

describe('countView', () => {
  const values = valuesOf({ a: 0, b: 1, c: 2, d: 4, e: 7, f: null });
  const view = countView(values);

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
