import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import {
  COUNTIES_OF_SWEDEN,
  countyOfSwedenName,
  isReferenceCode,
  referenceName,
  regionResolver,
  SWEDEN,
} from './regions';

const resolve = regionResolver(
  Object.entries(FOCUS_MUNICIPALITY_NAMES).map(([code, name]) => ({ code, name })),
);

describe('regionResolver', () => {
  it.each([
    ['2580', '2580'],
    ['2580 Luleå', '2580'],
    ['Luleå', '2580'],
    ['LULEÅ', '2580'],
    ['Bodens kommun', '2582'],
    ['Haparanda stad', '2583'],
  ])('reads %j as the municipality %s', (text, code) => {
    expect(resolve(text)).toEqual({ kind: 'municipality', code });
  });

  it.each([
    ['00', SWEDEN],
    ['0000', SWEDEN],
    ['0', SWEDEN],
    ['00 Riket', SWEDEN],
    ['Riket', SWEDEN],
    ['Hela riket', SWEDEN],
    ['Sweden', SWEDEN],
    ['25', '25'],
    ['0025', '25'],
    ['25 Norrbottens län', '25'],
    ['Norrbottens län', '25'],
    ['Region Norrbotten', '25'],
    ['0024', '24'],
    ['Västerbottens län', '24'],
    ['1', '01'],
    ['01 Stockholms län', '01'],
    ['Västra Götalandsregionen', '14'],
  ])('reads %j as the reference %s (Sweden or a county), never a municipality', (text, code) => {
    expect(resolve(text)).toEqual({ kind: 'reference', code });
  });

  it('tells a municipality of Sweden outside the map from an unknown region', () => {
    expect(resolve('0180')).toEqual({ kind: 'outside', code: '0180' });
    expect(resolve('0180 Stockholm')).toEqual({ kind: 'outside', code: '0180' });
    // A spreadsheet's 114 for Upplands Väsby (0114).
    expect(resolve('114')).toEqual({ kind: 'outside', code: '0114' });
    for (const text of ['9999', '99', '0099', 'G33', 'Stockholm', 'Gotland', 'Alla kommuner', '']) {
      expect(resolve(text), text).toEqual({ kind: 'unknown' });
    }
  });

  it('does not take a county for a municipality by its name in the genitive', () => {
    expect(resolve('Norrbottens kommun')).toEqual({ kind: 'unknown' });
  });
});

describe('references', () => {
  it('knows the 21 counties and Sweden by code and name', () => {
    expect(COUNTIES_OF_SWEDEN).toHaveLength(21);
    expect(new Set(COUNTIES_OF_SWEDEN.map((c) => c.code)).size).toBe(21);
    expect(isReferenceCode('00')).toBe(true);
    expect(isReferenceCode('25')).toBe(true);
    expect(isReferenceCode('02')).toBe(false);
    expect(isReferenceCode('2580')).toBe(false);
    expect(referenceName('00')).toBe('Riket');
    expect(referenceName('24')).toBe('Västerbottens län');
  });
});

describe('countyOfSwedenName', () => {
  it('names a county in Swedish as SCB does and in English as "<short> County"', () => {
    expect(countyOfSwedenName('sv', '25')).toBe('Norrbottens län');
    expect(countyOfSwedenName('en', '25')).toBe('Norrbotten County');
    expect(countyOfSwedenName('en', '14')).toBe('Västra Götaland County');
    expect(countyOfSwedenName('sv', '01')).toBe('Stockholms län');
  });

  it('leaves an unknown code as it is, in both languages', () => {
    expect(countyOfSwedenName('en', '02')).toBe('02');
    expect(countyOfSwedenName('sv', '99')).toBe('99');
  });
});
