import { describe, expect, it } from 'vitest';
import type { Municipality } from '../municipality';
import { ranks, resolveMetric, type MetricContext } from './definitions';

const m = (code: string, countyCode: string, population: number): Municipality => ({
  id: Number(code),
  code,
  name: code,
  countyCode,
  countyName: countyCode,
  focus: true,
  population,
  areaTotalKm2: 100,
  areaLandKm2: 50,
  labelLon: 0,
  labelLat: 0,
  neighbours: [],
});

const ctx: MetricContext = {
  municipalities: [
    m('2480', '24', 122892),
    m('2403', '24', 2454),
    m('2580', '25', 76770),
    m('2506', '25', 2876),
  ],
  projectCounts: new Map([
    ['2480', 4],
    ['2580', 5],
  ]),
  counties: [
    { code: '24', name: 'Västerbottens län', population: 265881 },
    { code: '25', name: 'Norrbottens län', population: 250570 },
  ],
  arrivals: {
    definition: { sv: 'x', en: 'x' },
    citedSource: 'Migrationsverket',
    counties: [
      {
        countyCode: '25',
        county: { sv: 'N', en: 'N' },
        persons: 1124,
        year: 2016,
        source: { document: 'report-2017', page: 6 },
      },
      {
        countyCode: '24',
        county: { sv: 'V', en: 'V' },
        persons: 1068,
        year: 2016,
        source: { document: 'report-2017', page: 6 },
      },
    ],
  } as unknown as MetricContext['arrivals'],
  imported: [
    {
      id: 'import:mottagna',
      name: 'Mottagna',
      unit: 'personer',
      year: '2016',
      source: 'Migrationsverket',
      values: { '2480': 300 },
    },
  ],
};

describe('resolveMetric', () => {
  it('counts projects, with zero as a real value', () => {
    const r = resolveMetric('projects', ctx);
    expect(r.values.get('2403')).toBe(0);
    expect(r.counts).toBe(true);
  });

  it('gives arrivals per county only: municipalities have no figure of their own', () => {
    const r = resolveMetric('arrivals', ctx);
    expect(r.countyValues!.get('25')!.persons).toBe(1124);
    expect(r.countyValues!.get('24')!.persons).toBe(1068);
    expect(r.countyValues!.get('25')!.perThousand).toBeCloseTo((1124 / 250570) * 1000, 6);
    expect([...r.values.values()].every((v) => v === null)).toBe(true);
    // The map is coloured by the county rate.
    expect(r.view.colourOf('2580')).not.toBeNull();
    expect(r.view.colourOf('2580')).not.toBe(r.view.colourOf('2480'));
  });

  it('keeps imported figures apart from no data', () => {
    const r = resolveMetric('import:mottagna', ctx);
    expect(r.values.get('2480')).toBe(300);
    expect(r.values.get('2580')).toBeNull();
    expect(r.view.noData).toContain('2580');
  });

  it('falls back to the project count for an unknown metric', () => {
    expect(resolveMetric('nonsense', ctx).id).toBe('projects');
  });
});

describe('ranks', () => {
  it('ranks from the highest, ties share a rank, no data has none', () => {
    const r = ranks(
      new Map([
        ['a', 5],
        ['b', 7],
        ['c', 5],
        ['d', null],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2 });
  });
});
