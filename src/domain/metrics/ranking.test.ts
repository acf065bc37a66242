import { describe, expect, it } from 'vitest';
import { ctx, municipality } from './context.fixture';
import { countyRankingRows, municipalityStatistics, rankingRows, ranks } from './ranking';
import { resolveMetric } from './registry';

describe('ranks', () => {
  it('ranks from the highest, ties share a rank, no data has none', () => {
    const r = ranks(
      new Map([
        ['a', 5],
        ['b', 7],
        ['c', 5],
        ['d', null],
        ['e', Number.NaN],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2 });
  });
});

describe('rankingRows', () => {
  const places = [
    { ...municipality('2401', '24', 1), name: 'Nordmaling' },
    { ...municipality('2403', '24', 1), name: 'Bjurholm' },
    { ...municipality('2480', '24', 1), name: 'Umeå' },
    { ...municipality('2284', '22', 1), name: 'Örnsköldsvik', focus: false },
  ];
  const values = new Map([
    ['2401', 3],
    ['2403', 3],
    ['2480', null],
    ['2284', 10],
  ]);

  it('orders the focus municipalities from the highest, ties by name, no data last', () => {
    const { all, known, missing } = rankingRows(places, values);
    expect(all.map((r) => r.name)).toEqual(['Bjurholm', 'Nordmaling', 'Umeå']);
    expect(known.map((r) => r.value)).toEqual([3, 3]);
    expect(missing).toEqual([{ code: '2480', name: 'Umeå', value: null }]);
  });
});

describe('municipalityStatistics', () => {
  it('gives every metric, the imported ones too, with the rank among the focus municipalities', () => {
    const { rows, total } = municipalityStatistics('2480', ctx);
    expect(total).toBe(4);
    expect(rows.map((r) => r.metric.id)).toEqual([
      'projects',
      'projectsPer10k',
      'population',
      'density',
      'arrivals',
      'import:mottagna',
    ]);
    const of = (id: string) => rows.find((r) => r.metric.id === id)!;
    expect(of('population')).toMatchObject({ value: 122892, rank: 1 });
    expect(of('projects')).toMatchObject({ value: 4, rank: 2 });
    expect(of('import:mottagna')).toMatchObject({ value: 300, rank: 1 });
  });

  it('has no rank without a figure, and gives the county’s figure for a county metric', () => {
    const arrivals = municipalityStatistics('2580', ctx).rows.find(
      (r) => r.metric.id === 'arrivals',
    )!;
    expect(arrivals.value).toBeNull();
    expect(arrivals.rank).toBeUndefined();
    expect(arrivals.county).toMatchObject({ persons: 1124, year: 2016, page: 6 });
    const imported = municipalityStatistics('2580', ctx).rows.find(
      (r) => r.metric.id === 'import:mottagna',
    )!;
    expect(imported).toMatchObject({ value: null, rank: undefined });
  });

  it('reads the metric the map shows (a year of a measure over time) in place of its own', () => {
    const latest = resolveMetric('import:mottagna', ctx);
    // The map shows another year: Luleå first there, Umeå second.
    const shown = {
      ...latest,
      imported: { ...latest.imported!, name: 'Mottagna 2017' },
      values: new Map([
        ['2480', 200],
        ['2580', 250],
      ]),
    };
    const rows = municipalityStatistics('2480', ctx, shown).rows;
    const row = rows.find((r) => r.metric.id === 'import:mottagna')!;
    expect(row).toMatchObject({ value: 200, rank: 2 });
    expect(row.metric.imported!.name).toBe('Mottagna 2017');
    // The other metrics are their own.
    expect(rows.find((r) => r.metric.id === 'population')).toMatchObject({ value: 122892 });
    expect(municipalityStatistics('2480', ctx, null).rows.at(-1)).toMatchObject({ value: 300 });
  });
});

describe('countyRankingRows', () => {
  it('ranks the two counties of the arrivals with their own figures, no municipality rows', () => {
    const arrivals = resolveMetric('arrivals', ctx);
    const { all, known, missing } = countyRankingRows(arrivals.countyValues!);
    expect(known.map((r) => [r.code, r.name, r.persons])).toEqual([
      ['25', 'Norrbotten', 1124],
      ['24', 'Västerbotten', 1068],
    ]);
    expect(known[0]!.value).toBeCloseTo((1124 / 250_570) * 1000, 6);
    expect(known[1]!.value).toBeCloseTo((1068 / 265_881) * 1000, 6);
    expect(missing).toEqual([]);
    expect(all).toHaveLength(2);
  });
});
