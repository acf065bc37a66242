import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './municipalities.fixture';
import {
  densityPerKm2,
  matchMunicipalities,
  municipalitiesFrom,
  municipalityCollection,
  NO_MUNICIPALITIES,
} from './municipality';
import { foldText } from './text';

describe('foldText', () => {
  it('treats Swedish letters and case as their base letters', () => {
    expect(foldText('ÄLVSBYN')).toBe('alvsbyn');
    expect(foldText('Älvsbyn')).toBe(foldText('alvsbyn'));
    expect(foldText('  Övertorneå ')).toBe('overtornea');
  });
});

describe('matchMunicipalities', () => {
  const all = [
    { name: 'Piteå' },
    { name: 'Arjeplog' },
    { name: 'Övertorneå' },
    { name: 'Haparanda' },
  ];
  it('finds a name typed without accents', () => {
    expect(matchMunicipalities('pitea', all)).toEqual([{ name: 'Piteå' }]);
    expect(matchMunicipalities('torne', all)).toEqual([{ name: 'Övertorneå' }]);
  });
  it('lists prefix matches before inner matches', () => {
    expect(matchMunicipalities('a', all).map((m) => m.name)).toEqual([
      'Arjeplog',
      'Piteå',
      'Övertorneå',
      'Haparanda',
    ]);
  });
  it('returns everything for an empty query', () => {
    expect(matchMunicipalities(' ', all)).toHaveLength(4);
  });
});

describe('densityPerKm2', () => {
  it('divides population by land area, and has no value without land area', () => {
    expect(densityPerKm2({ population: 100, areaLandKm2: 4 })).toBe(25);
    expect(densityPerKm2({ population: 100, areaLandKm2: 0 })).toBeNull();
  });
});

describe('a collection of municipalities', () => {
  const a = { ...MUNICIPALITIES[0]! };
  const b = { ...MUNICIPALITIES[1]! };

  it('keeps the list in the order given, and finds each by kommunkod', () => {
    const collection = municipalityCollection([b, a]);
    expect(collection.list).toEqual([b, a]);
    expect(collection.byCode.get(a.code)).toBe(a);
    expect(collection.byCode.get(b.code)).toBe(b);
    expect(collection.byCode.size).toBe(2);
  });

  it('is empty while the map loads', () => {
    expect(NO_MUNICIPALITIES.list).toEqual([]);
    expect(NO_MUNICIPALITIES.byCode.size).toBe(0);
  });

  it('orders the generated layer focus first, then by name in Swedish order', () => {
    const outside = { ...MUNICIPALITIES.find((m) => !m.focus)! };
    const umea = { ...MUNICIPALITIES.find((m) => m.name === 'Umeå')! };
    const arvidsjaur = { ...MUNICIPALITIES.find((m) => m.name === 'Arvidsjaur')! };
    const alvsbyn = { ...MUNICIPALITIES.find((m) => m.name === 'Älvsbyn')! };
    const feature = ({ id, ...properties }: typeof umea) => ({
      type: 'Feature' as const,
      id,
      properties,
      geometry: null,
    });
    const layer = {
      type: 'FeatureCollection',
      features: [outside, alvsbyn, umea, arvidsjaur].map(feature),
    } as unknown as Parameters<typeof municipalitiesFrom>[0];
    const { list, byCode } = municipalitiesFrom(layer);
    expect(list.map((m) => m.name)).toEqual(['Arvidsjaur', 'Umeå', 'Älvsbyn', outside.name]);
    expect(byCode.get(umea.code)).toEqual(umea);
  });
});
