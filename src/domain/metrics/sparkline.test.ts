import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('spans the box from the first year to the last, the highest value at the top', () => {
    const s = sparkline(
      [
        { year: 2016, value: 10 },
        { year: 2018, value: 20 },
        { year: 2020, value: 0 },
      ],
      104,
      24,
    )!;
    expect(s.path).toBe('M2 12 L52 2 L102 22');
    expect(s.end).toEqual({ x: 102, y: 22 });
    expect(s.first).toEqual({ year: 2016, value: 10 });
    expect(s.last).toEqual({ year: 2020, value: 0 });
  });

  it('leaves the gap of a missing year and sorts the points by year', () => {
    const s = sparkline(
      [
        { year: 2020, value: 4 },
        { year: 2016, value: 0 },
        { year: 2017, value: 2 },
      ],
      44,
      12,
    )!;
    expect(s.path).toBe('M2 10 L12 6 L42 2');
    expect(s.first.year).toBe(2016);
    expect(s.last.year).toBe(2020);
  });

  it('draws equal values as a flat line through the middle', () => {
    const s = sparkline(
      [
        { year: 2016, value: 5 },
        { year: 2017, value: 5 },
      ],
      20,
      10,
    )!;
    expect(s.path).toBe('M2 5 L18 5');
  });

  it('draws nothing from fewer than two years or from a figure that is not a number', () => {
    expect(sparkline([], 20, 10)).toBeNull();
    expect(sparkline([{ year: 2016, value: 1 }], 20, 10)).toBeNull();
    expect(
      sparkline(
        [
          { year: 2016, value: 1 },
          { year: 2016, value: 2 },
        ],
        20,
        10,
      ),
    ).toBeNull();
    expect(
      sparkline(
        [
          { year: 2016, value: 1 },
          { year: 2017, value: Number.NaN },
        ],
        20,
        10,
      ),
    ).toBeNull();
    expect(
      sparkline(
        [
          { year: 2016, value: 1 },
          { year: 2017, value: Infinity },
        ],
        20,
        10,
      ),
    ).toBeNull();
  });
});
