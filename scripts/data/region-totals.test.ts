import { describe, expect, it } from 'vitest';
import { RegionTotalsFileSchema } from '../../src/data/schemas.ts';
import { regionTotals } from './region-totals.ts';
import type { MunicipalityStatistics } from './statistics.ts';

const row = (code: string, countyName: string, population: number, area: number, land: number) => ({
  code,
  name: code,
  countyName,
  population,
  areaTotalKm2: area,
  areaLandKm2: land,
});
const table = (rows: MunicipalityStatistics[]) => new Map(rows.map((r) => [r.code, r]));

describe('regionTotals', () => {
  it('sums each county and Sweden, areas to the cent as SCB gives them', () => {
    const totals = regionTotals(
      table([
        row('2580', 'Norrbottens län', 76_770, 2117.71, 1809.93),
        row('2584', 'Norrbottens län', 23_167, 20715.5, 19155.37),
        row('2480', 'Västerbottens län', 122_892, 3273.04, 2317.05),
      ]),
      'f.csv',
    );
    expect(totals.regions).toEqual([
      {
        code: '00',
        name: 'Riket',
        municipalities: 3,
        population: 222_829,
        areaTotalKm2: 26106.25,
        areaLandKm2: 23282.35,
      },
      {
        code: '24',
        name: 'Västerbottens län',
        municipalities: 1,
        population: 122_892,
        areaTotalKm2: 3273.04,
        areaLandKm2: 2317.05,
      },
      {
        code: '25',
        name: 'Norrbottens län',
        municipalities: 2,
        population: 99_937,
        areaTotalKm2: 22833.21,
        areaLandKm2: 20965.3,
      },
    ]);
    expect(totals.sources.population).toEqual({ publisher: 'SCB', date: '2016-12-31' });
  });

  it('refuses a code of no county, and a county named two ways, naming the record', () => {
    expect(() => regionTotals(table([row('9901', 'Nowhere', 1, 1, 1)]), 'f.csv')).toThrow(
      'f.csv, record 9901, field Kod: the county 99 is not a county of Sweden',
    );
    expect(() =>
      regionTotals(
        table([row('2580', 'Norrbottens län', 1, 1, 1), row('2584', 'Norrbotten', 1, 1, 1)]),
        'f.csv',
      ),
    ).toThrow('county 25 is named Norrbottens län and Norrbotten');
  });
});

describe('RegionTotalsFileSchema', () => {
  const valid = regionTotals(table([row('2580', 'Norrbottens län', 10, 2, 1)]), 'f.csv');

  it('refuses Sweden that is not the sum of its counties, or not first', () => {
    const wrong = structuredClone(valid);
    wrong.regions[0]!.population = 11;
    expect(RegionTotalsFileSchema.safeParse(wrong).error?.issues[0]?.message).toMatch(
      "Sweden's population 11 is not the counties' sum 10",
    );
    const reversed = { ...valid, regions: [...valid.regions].reverse() };
    expect(RegionTotalsFileSchema.safeParse(reversed).success).toBe(false);
  });
});
