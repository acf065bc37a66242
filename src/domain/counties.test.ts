import { beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_COUNTY_CODES } from '../data/schemas';
import {
  countyLabelPoints,
  countyName,
  countyNameIn,
  countyOf,
  FOCUS_COUNTIES,
  isCountyCode,
} from './counties';
import { MUNICIPALITIES } from './municipalities.fixture';

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

describe('the label point of a county', () => {
  // Made for each test, not while the tests are collected: the mutation run records which
  // tests reach a mutant, and switches it on, only around the tests themselves.
  let points: ReturnType<typeof countyLabelPoints>;
  beforeEach(() => {
    points = countyLabelPoints(MUNICIPALITIES);
  });
  /** The focus municipality whose label point is nearest (east-west distances shrink northward). */
  const nearest = ([lon, lat]: [number, number]) =>
    MUNICIPALITIES.filter((m) => m.focus)
      .map((m) => ({
        m,
        d: Math.hypot((m.labelLon - lon) * Math.cos((lat * Math.PI) / 180), m.labelLat - lat),
      }))
      .sort((a, b) => a.d - b.d)[0]!.m;

  it('lies inland in each county, where its large municipalities leave room for a label', () => {
    expect([...points.keys()]).toEqual(['25', '24']);
    const norrbotten = points.get('25')!;
    const vasterbotten = points.get('24')!;
    expect(norrbotten[0]).toBeCloseTo(20.6186, 3);
    expect(norrbotten[1]).toBeCloseTo(66.7938, 3);
    expect(vasterbotten[0]).toBeCloseTo(17.7158, 3);
    expect(vasterbotten[1]).toBeCloseTo(64.9024, 3);
    // Nearest to a municipality of its own county: Gällivare, Lycksele.
    expect(nearest(norrbotten).name).toBe('Gällivare');
    expect(nearest(vasterbotten).name).toBe('Lycksele');
  });

  it('is weighted by land area, leaves out the context municipalities and skips an empty county', () => {
    const area = (countyCode: string, lon: number, areaLandKm2: number, focus = true) => ({
      countyCode,
      focus,
      areaLandKm2,
      labelLon: lon,
      labelLat: 65,
    });
    const points = countyLabelPoints([
      area('25', 20, 3000),
      area('25', 24, 1000),
      area('25', 10, 9000, false),
      area('24', 18, 0),
    ]);
    expect(points.get('25')).toEqual([21, 65]);
    expect(points.has('24')).toBe(false);
  });
});

describe('countyNameIn', () => {
  it('writes a county in the interface language, as the report figures do', () => {
    expect(countyNameIn('sv', '25', 'Norrbottens län')).toBe('Norrbottens län');
    expect(countyNameIn('en', '25', 'Norrbottens län')).toBe('Norrbotten County');
    expect(countyNameIn('en', '24', 'Västerbottens län')).toBe('Västerbotten County');
    // Outside the focus: the Swedish name without "län" and its genitive s.
    expect(countyNameIn('en', '23', 'Jämtlands län')).toBe('Jämtland County');
    expect(countyNameIn('en', '12', 'Skåne län')).toBe('Skåne County');
  });
});
