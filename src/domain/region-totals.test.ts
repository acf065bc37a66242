import { describe, expect, it } from 'vitest';
import type { RegionTotal } from '../data/schemas';
import { regionReferences } from './region-totals';

const regions: RegionTotal[] = [
  {
    code: '00',
    name: 'Riket',
    municipalities: 290,
    population: 9995153,
    areaTotalKm2: 528461.74,
    areaLandKm2: 407310.56,
  },
  {
    code: '25',
    name: 'Norrbottens län',
    municipalities: 14,
    population: 250093,
    areaTotalKm2: 105204.71,
    areaLandKm2: 97238.73,
  },
  {
    code: '24',
    name: 'Västerbottens län',
    municipalities: 15,
    population: 265881,
    areaTotalKm2: 0,
    areaLandKm2: 0,
  },
];

describe('the county and Sweden beside a municipality', () => {
  it('gives the county then Sweden, their population as SCB sums it', () => {
    expect(regionReferences('population', '25', regions)).toEqual([
      { code: '25', name: 'Norrbottens län', value: 250093 },
      { code: '00', name: 'Riket', value: 9995153 },
    ]);
  });

  it('divides the population by the land area for a density', () => {
    const [county, sweden] = regionReferences('density', '25', regions);
    expect(county!.value).toBeCloseTo(2.572, 3);
    expect(sweden!.value).toBeCloseTo(24.54, 2);
  });

  it('leaves out a region the file lacks, and a density without land area', () => {
    expect(regionReferences('population', '01', regions).map((r) => r.code)).toEqual(['00']);
    expect(regionReferences('density', '24', regions).map((r) => r.code)).toEqual(['00']);
    expect(regionReferences('population', '25', [])).toEqual([]);
  });
});
