import { describe, expect, it } from 'vitest';
import {
  metricKey,
  readLegacyList,
  readStoredMetric,
  recordValue,
  savedOrder,
  SERIES_METRIC_VERSION,
  STORED_METRIC_VERSION,
  storageProblemOf,
} from './stored-metrics';

const good = (id: string) => ({
  id: `import:${id}`,
  name: id,
  unit: '',
  year: '2016',
  source: 'SCB',
  values: { '2480': 1.5, '2580': -2 },
});

describe('a saved metric under its own key', () => {
  it('reads back what was written, with its version and time of saving', () => {
    const raw = recordValue(good('a'), null, 1234);
    expect(JSON.parse(raw)).toEqual({
      ...good('a'),
      version: STORED_METRIC_VERSION,
      savedAt: 1234,
    });
    expect(readStoredMetric(metricKey('import:a'), raw)?.metric).toEqual(good('a'));
  });

  it('keeps the fields a newer version wrote when this one writes the record back', () => {
    const newer = {
      ...good('a'),
      version: 3,
      savedAt: 5,
      years: { '2016': { '2480': 1.5 }, '2017': { '2480': 2 } },
      note: 'från en nyare version',
    };
    const read = readStoredMetric(metricKey('import:a'), JSON.stringify(newer))!;
    expect(read.metric).toEqual(good('a'));
    const corrected = { ...read.metric, values: { '2480': 3 } };
    expect(JSON.parse(recordValue(corrected, read.record, 9))).toEqual({
      ...newer,
      values: { '2480': 3 },
      version: STORED_METRIC_VERSION,
      savedAt: 9,
    });
  });

  it('keeps a measure over time with its latest year beside it, for older tabs to show', () => {
    const series = {
      version: 2,
      id: 'import:a',
      name: 'a',
      unit: '',
      source: 'SCB',
      code: null,
      gender: null,
      years: [2016, 2017],
      municipalities: { '2480': [1, 1.5], '2580': [null, -2] },
      references: { '00': [10, 11] },
    };
    const raw = recordValue({ ...good('a'), year: '2017', seriesRecord: series }, null, 7);
    const stored = JSON.parse(raw);
    expect(stored).toEqual({ ...series, ...good('a'), year: '2017', savedAt: 7 });
    expect(stored.version).toBe(SERIES_METRIC_VERSION);
    const read = readStoredMetric(metricKey('import:a'), raw)!;
    expect(read.metric.values).toEqual(good('a').values);
    expect(read.metric.seriesRecord).toMatchObject({ years: [2016, 2017] });
    // Written back by this version (renamed, say): the years stay.
    const again = JSON.parse(recordValue({ ...read.metric, name: 'b' }, read.record, 8));
    expect(again).toMatchObject({ name: 'b', version: 2, years: [2016, 2017], savedAt: 8 });
    // An older tab writes version 1's fields over it: read as one year, never as a series.
    const older = JSON.parse(recordValue(good('a'), read.record, 9));
    expect(older.version).toBe(STORED_METRIC_VERSION);
    expect(
      readStoredMetric(metricKey('import:a'), JSON.stringify(older))!.metric.seriesRecord,
    ).toBeUndefined();
  });

  it('is not read when broken, over the limits, or under another id’s key', () => {
    const key = metricKey('import:a');
    for (const record of [
      { ...good('a'), year: '2016–2017 (preliminär, reviderad efter rättelse i mars)' },
      { ...good('a'), values: { '2480': null } },
      { ...good('a'), name: 'n'.repeat(121) },
      { ...good('a'), values: { '24800': 1 } },
      { ...good('a'), id: 'population' },
      good('b'),
      [good('a')],
      'text',
      null,
    ]) {
      expect(readStoredMetric(key, JSON.stringify(record)), JSON.stringify(record)).toBeNull();
    }
    expect(readStoredMetric(key, '{"id":')).toBeNull();
    expect(readStoredMetric(key, null)).toBeNull();
  });

  it('lists in the order of saving, then by id', () => {
    const at = (id: string, savedAt?: number) => ({
      metric: good(id),
      record: savedAt === undefined ? {} : { savedAt },
    });
    expect(
      [at('c', 2), at('b'), at('a', 2), at('d', 1)].sort(savedOrder).map((m) => m.metric.name),
    ).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('the old single list', () => {
  it('reads nothing from an empty storage', () => {
    expect(readLegacyList(null)).toEqual({ metrics: [], unreadable: [] });
    expect(readLegacyList('')).toEqual({ metrics: [], unreadable: [] });
  });

  it('keeps the good records and sets the broken ones aside, one by one', () => {
    const broken = [
      { ...good('lang'), year: '2016–2017 (preliminär, reviderad efter rättelse i mars)' },
      { ...good('kod'), values: { '24800': 1 } },
      'text',
      null,
    ];
    const twin = { ...good('a'), name: 'twin' };
    const { metrics, unreadable } = readLegacyList(
      JSON.stringify([good('a'), ...broken, twin, good('b')]),
    );
    expect(metrics.map((m) => m.metric)).toEqual([good('a'), good('b')]);
    expect(unreadable).toEqual([...broken, twin]);
  });

  it('keeps a value that is not a list, or not JSON at all, as one unreadable record', () => {
    expect(readLegacyList('{"a":1}')).toEqual({ metrics: [], unreadable: [{ a: 1 }] });
    expect(readLegacyList('[{"id":')).toEqual({ metrics: [], unreadable: ['[{"id":'] });
  });
});

describe('storageProblemOf', () => {
  it('tells a full storage from one that is not allowed', () => {
    expect(storageProblemOf(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(storageProblemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(storageProblemOf(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(storageProblemOf(new Error('?'))).toBe('unavailable');
    expect(storageProblemOf(null)).toBe('unavailable');
  });
});
