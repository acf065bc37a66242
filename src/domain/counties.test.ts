import { describe, expect, it } from 'vitest';
import { FOCUS_COUNTY_CODES } from '../data/schemas';
import { countyName, countyOf, FOCUS_COUNTIES, isCountyCode } from './counties';

describe('the county table', () => {
  it('names every county of the focus, Norrbotten first', () => {
    expect(FOCUS_COUNTIES.map((c) => c.code).sort()).toEqual([...FOCUS_COUNTY_CODES].sort());
    expect(FOCUS_COUNTIES.map((c) => c.name)).toEqual(['Norrbotten', 'Västerbotten']);
  });

  it('knows a county by the first two digits of a kommunkod', () => {
    expect(countyOf('2580')).toBe('25');
    expect(countyName(countyOf('2480'))).toBe('Västerbotten');
    expect(countyName('22')).toBe('22');
    expect(isCountyCode('24')).toBe(true);
    expect(isCountyCode('22')).toBe(false);
    expect(isCountyCode('all')).toBe(false);
  });
});
