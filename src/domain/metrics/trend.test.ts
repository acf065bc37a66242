import { describe, expect, it } from 'vitest';
import type { MetricSeries } from './series';
import { setTrends, trendLines } from './trend';

const series = (references: MetricSeries['references']): MetricSeries => ({
  name: 'x',
  code: null,
  unit: '',
  source: 'SCB',
  gender: null,
  qualifiers: [],
  years: [2016, 2017, 2018],
  municipalities: { '2580': [76770, 77470, null], '2584': [null, 5, null] },
  references,
});

describe('a trend beside the county and Sweden', () => {
  it('draws rates on one axis, as the file gives them', () => {
    const trend = trendLines(series({ '25': [70000, 71000, 72000] }), '2580', '25')!;
    expect(trend.indexYear).toBeNull();
    expect(trend.lines.map((l) => l.key)).toEqual(['municipality', 'county']);
    // The year without data is left out, never drawn as zero.
    expect(trend.lines[0]!.points).toEqual([
      { year: 2016, value: 76770 },
      { year: 2017, value: 77470 },
    ]);
  });

  it('draws a municipality beside Sweden as an index of the first year both have', () => {
    const trend = trendLines(
      series({ '00': [9995153, 10120242, 10230185], '25': [250570, 250497, 250093] }),
      '2580',
      '25',
    )!;
    expect(trend.indexYear).toBe(2016);
    expect(trend.lines.map((l) => l.key)).toEqual(['municipality', 'county', 'sweden']);
    expect(trend.lines[0]!.points[0]!.value).toBe(100);
    expect(trend.lines[2]!.points[1]!.value).toBeCloseTo(101.25, 2);
  });

  it('has no trend for a municipality with fewer than two years', () => {
    expect(trendLines(series({}), '2584', '25')).toBeNull();
    expect(trendLines(series({}), '2480', '24')).toBeNull();
  });
});

describe('the trends of a comparison set', () => {
  const measure = (id: string, s: MetricSeries | null) => ({ id, name: id, unit: 'st', series: s });

  it('gives each member its points in the set order, a member without data none', () => {
    const [trend] = setTrends([measure('a', series({}))], ['2584', '2580', '2505']);
    expect(trend!.cells.map((c) => c.code)).toEqual(['2584', '2580', '2505']);
    expect(trend!.cells[0]!.points).toEqual([{ year: 2017, value: 5 }]);
    expect(trend!.cells[1]!.points).toHaveLength(2);
    expect(trend!.cells[2]!.points).toEqual([]);
  });

  it('leaves out a measure no member has two years of, one of a single year, and keeps at most the limit', () => {
    const one = { ...series({}), years: [2016], municipalities: { '2580': [1] } };
    expect(setTrends([measure('a', series({}))], ['2584', '2505'])).toEqual([]);
    expect(setTrends([measure('b', one), measure('c', null)], ['2580'])).toEqual([]);
    const many = ['a', 'b', 'c', 'd'].map((id) => measure(id, series({})));
    expect(setTrends(many, ['2580']).map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(setTrends(many, ['2580'], 1).map((t) => t.id)).toEqual(['a']);
  });
});
