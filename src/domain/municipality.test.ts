import { describe, expect, it } from 'vitest';
import { densityPerKm2, matchMunicipalities } from './municipality';
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
