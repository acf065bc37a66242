import { describe, expect, it, vi } from 'vitest';
import { memoised, memoLast } from './memo';

describe('memoised', () => {
  it('indexes each data object once, and another object anew', () => {
    const index = vi.fn((data: { n: number }) => ({ double: data.n * 2 }));
    const of = memoised(index);
    const a = { n: 1 };
    expect(of(a)).toBe(of(a));
    expect(of({ n: 1 })).not.toBe(of(a));
    expect(of(a)).toEqual({ double: 2 });
    expect(index).toHaveBeenCalledTimes(2);
  });
});

describe('memoLast', () => {
  it('answers again only when an argument is another object or value', () => {
    const compute = vi.fn((list: number[], factor: number) => list.map((x) => x * factor));
    const of = memoLast(compute);
    const list = [1, 2];
    const first = of(list, 2);
    expect(of(list, 2)).toBe(first);
    expect(of([1, 2], 2)).not.toBe(first);
    expect(of(list, 3)).toEqual([3, 6]);
    expect(of(list, 3)).toBe(of(list, 3));
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
