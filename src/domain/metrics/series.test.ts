import { describe, expect, it } from 'vitest';
import {
  datedSeries,
  latestYear,
  parseYear,
  regionsWithData,
  snapshotOf,
  trendOf,
  valuesInYear,
  yearOfText,
  yearsWithData,
  type MetricSeries,
  type ReadMeasure,
} from './series';

const meta = { name: 'x', code: null, unit: '', source: '', gender: null, qualifiers: [] };

/** Years 2016, 2018 (a gap in 2017), 2019 (no value anywhere) and 2020. */
const series: MetricSeries = {
  ...meta,
  years: [2016, 2018, 2019, 2020],
  municipalities: { '2580': [1, 2, null, 4], '2584': [5, null, null, null] },
  references: { '00': [10, 20, 30, 40] },
};

describe('years', () => {
  it.each([
    ['2016', 2016],
    [' 2020 ', 2020],
    [2019, 2019],
  ])('reads %j as a year', (value, year) => {
    expect(parseYear(value)).toEqual({ year });
  });

  it.each([['20x6'], ['2016M01'], ['2016K1'], ['16'], [''], ['20160']])('refuses %j', (value) => {
    expect(parseYear(value)).toEqual({ code: 'notAYear', value: value.trim() });
  });

  it('refuses a year outside 1900–2100', () => {
    expect(parseYear(1899)).toEqual({ code: 'yearOutOfRange', year: 1899, min: 1900, max: 2100 });
    expect(parseYear('2101')).toMatchObject({ code: 'yearOutOfRange' });
  });

  it('finds the one year a free text names', () => {
    expect(yearOfText('2016')).toBe(2016);
    expect(yearOfText('2016-12-31')).toBe(2016);
    expect(yearOfText('31 dec 2016')).toBe(2016);
    expect(yearOfText('2015–2016')).toBeNull();
    expect(yearOfText('okänt')).toBeNull();
    expect(yearOfText('1066')).toBeNull();
    expect(yearOfText('20160')).toBeNull();
  });
});

describe('a series over years with gaps', () => {
  it('has data in the years where some municipality has a value', () => {
    expect(yearsWithData(series)).toEqual([2016, 2018, 2020]);
    expect(latestYear(series)).toBe(2020);
    expect(latestYear({ ...series, municipalities: {} })).toBeNull();
  });

  it("gives a year's values, and no data for a year it lacks", () => {
    expect(valuesInYear(series, 2018)).toEqual(
      new Map([
        ['2580', 2],
        ['2584', null],
      ]),
    );
    expect(valuesInYear(series, 2017)).toEqual(
      new Map([
        ['2580', null],
        ['2584', null],
      ]),
    );
  });

  it("gives a region's trend without its years of no data", () => {
    expect(trendOf(series, { municipality: '2580' })).toEqual([
      { year: 2016, value: 1 },
      { year: 2018, value: 2 },
      { year: 2020, value: 4 },
    ]);
    expect(trendOf(series, { reference: '00' })).toHaveLength(4);
    expect(trendOf(series, { reference: '25' })).toEqual([]);
    expect(regionsWithData(series)).toBe(3);
  });
});

describe('a measure read from a file', () => {
  const undated: ReadMeasure = {
    ...meta,
    years: null,
    municipalities: { '2580': [7] },
    references: {},
  };
  const dated: ReadMeasure = { ...series };

  it('without a year is dated with the year the user gives', () => {
    expect(datedSeries(undated, 2016)).toMatchObject({
      years: [2016],
      municipalities: { '2580': [7] },
    });
    expect(datedSeries(dated, 1999).years).toEqual(series.years);
  });

  it('is stored as one year for now: the one typed if the file has it, else the latest', () => {
    expect(snapshotOf(dated, '2018')).toEqual({ year: 2018, values: { '2580': 2 } });
    expect(snapshotOf(dated, 'senaste')).toEqual({ year: 2020, values: { '2580': 4 } });
    expect(snapshotOf(dated, '2017')).toEqual({ year: 2020, values: { '2580': 4 } });
    expect(snapshotOf(undated, '2016-12-31')).toEqual({ year: null, values: { '2580': 7 } });
  });
});
