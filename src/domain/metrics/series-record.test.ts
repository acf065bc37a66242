import { describe, expect, it } from 'vitest';
import type { MetricSeries } from './series';
import {
  migrateRecord,
  readMetricRecord,
  seriesOfRecord,
  seriesRecord,
  type SingleYearRecord,
} from './series-record';

const series: MetricSeries = {
  name: 'N01951',
  code: 'N01951',
  unit: 'antal',
  source: 'Kolada',
  gender: 'T',
  qualifiers: [],
  years: [2016, 2017, 2020],
  municipalities: { '2580': [77470, null, 78690] },
  references: { '00': [9995153, 10120242, 10379295], '25': [250570, null, 249677] },
};
const texts = { id: 'import:invanare', name: 'Invånare', unit: 'antal', source: 'Kolada' };

const v1: SingleYearRecord = {
  id: 'import:mottagna',
  name: 'Mottagna',
  unit: 'personer',
  year: '2016',
  source: 'Migrationsverket',
  values: { '2480': 12, '2580': 1.5 },
};

describe('the stored record of a measure over time', () => {
  it('goes through JSON and back as the same series, version 2', () => {
    const stored = JSON.parse(JSON.stringify(seriesRecord(texts, series)));
    const read = readMetricRecord(stored);
    expect(read.kind).toBe('series');
    if (read.kind !== 'series') return;
    expect(read.record.version).toBe(2);
    expect(seriesOfRecord(read.record)).toEqual({
      ...series,
      ...texts,
      id: undefined,
      name: 'Invånare',
    });
  });

  it("reads today's single-year record as it is", () => {
    expect(readMetricRecord(JSON.parse(JSON.stringify(v1)))).toEqual({
      kind: 'single',
      metric: v1,
    });
  });

  it('keeps what it cannot read as it was, never dropping it', () => {
    const broken = [
      { ...seriesRecord(texts, series), years: [2016, 2017] },
      { ...seriesRecord(texts, series), years: [2017, 2016, 2020] },
      { ...seriesRecord(texts, series), references: { '99': [1, 2, 3] } },
      { ...seriesRecord(texts, series), municipalities: { '2580': [1, 2, Infinity] } },
      { ...seriesRecord(texts, series), version: 3 },
      { ...v1, values: { '2480': 'tolv' } },
      'text',
      null,
    ];
    for (const raw of broken) expect(readMetricRecord(raw)).toEqual({ kind: 'unreadable', raw });
  });

  it("keeps the user's words for the period of one year only", () => {
    const one = { ...series, years: [2016], municipalities: { '2580': [1] }, references: {} };
    expect(seriesRecord(texts, one, '2016-12-31').period).toBe('2016-12-31');
    expect(seriesRecord(texts, series, '2016-12-31').period).toBeUndefined();
    expect(readMetricRecord({ ...seriesRecord(texts, series), period: 'x' }).kind).toBe(
      'unreadable',
    );
  });
});

describe('moving a single-year record to version 2', () => {
  it('dates it with the year its text names', () => {
    expect(migrateRecord(v1)).toEqual({
      version: 2,
      id: 'import:mottagna',
      name: 'Mottagna',
      unit: 'personer',
      source: 'Migrationsverket',
      code: null,
      gender: null,
      years: [2016],
      municipalities: { '2480': [12], '2580': [1.5] },
      references: {},
    });
    const migrated = migrateRecord(v1)!;
    expect(readMetricRecord(JSON.parse(JSON.stringify(migrated)))).toEqual({
      kind: 'series',
      record: migrated,
    });
  });

  it('keeps a date the user typed as the period', () => {
    expect(migrateRecord({ ...v1, year: '2016-12-31' })).toMatchObject({
      years: [2016],
      period: '2016-12-31',
    });
  });

  it('leaves a record whose text names no single year as it is', () => {
    expect(migrateRecord({ ...v1, year: 'okänt' })).toBeNull();
    expect(migrateRecord({ ...v1, year: '2015–2016' })).toBeNull();
  });
});
