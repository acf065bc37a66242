import { describe, expect, it, vi } from 'vitest';
import { ctx } from '../../domain/metrics/context.fixture';
import { mapMetricOf } from '../../domain/metrics/context';
import type { ImportedMetric } from '../../domain/metrics/registry';
import { seriesRecord } from '../../domain/metrics/series-record';
import { seriesLens, seriesOf } from './lens';

const texts = { id: 'import:folkmangd', name: 'Folkmängd', unit: 'personer', source: 'SCB' };
const record = seriesRecord(texts, {
  ...texts,
  code: null,
  gender: null,
  qualifiers: [],
  years: [2016, 2017, 2018],
  municipalities: {
    '2480': [100, 110, 120],
    '2580': [50, null, 40],
    '2506': [0, 5, 10],
  },
  references: { '00': [1000, 1010, 1020] },
});
const metric: ImportedMetric = {
  ...texts,
  year: '2018',
  values: { '2480': 120, '2580': 40, '2506': 10 },
  seriesRecord: record,
};
const context = { ...ctx, imported: [metric] };
const resolve = (year: string | null, change: string | null = null, language: 'sv' | 'en' = 'sv') =>
  mapMetricOf(metric.id, context, seriesLens, year, change, language)!;

describe('a measure over time on the map', () => {
  it('shows its latest year until another is asked for, in classes made from every year', () => {
    const latest = resolve(null);
    expect(latest.shown).toEqual({
      years: [2016, 2017, 2018],
      year: 2018,
      change: null,
      name: 'Folkmängd',
    });
    expect(latest.imported).toMatchObject({ name: 'Folkmängd 2018', year: '2018' });
    expect(latest.values.get('2480')).toBe(120);
    // 2403 is in the focus but not in the file: no data, never zero.
    expect(latest.values.get('2403')).toBeNull();
    const first = resolve('2016');
    expect(first.values.get('2580')).toBe(50);
    expect(first.view.classes.map((c) => [c.min, c.max])).toEqual(
      latest.view.classes.map((c) => [c.min, c.max]),
    );
    // Kiruna-like gap: no data in 2017.
    expect(resolve('2017').view.noData).toContain('2580');
  });

  it('shows a year it does not have as its nearest, a change since one as since its nearest', () => {
    expect(resolve('2031').shown?.year).toBe(2018);
    expect(resolve('1899').shown?.year).toBe(2016);
    expect(resolve('2018', '2000-abs').shown?.change).toEqual({ from: 2016, percent: false });
    expect(resolve('2018', 'nonsense').shown?.change).toBeNull();
  });

  it('draws the change since a year around zero, a fall below it, a zero base without per cent', () => {
    const absolute = resolve('2018', '2016-abs');
    expect(absolute.values.get('2580')).toBe(-10);
    const fall = absolute.view.classIndexOf('2580')!;
    expect(absolute.view.classes[fall]!.max).toBeLessThanOrEqual(0);
    const percent = resolve('2018', '2016-pct');
    expect(percent.values.get('2480')).toBeCloseTo(20);
    expect(percent.values.get('2506')).toBeNull();
    expect(percent.shown?.change).toEqual({ from: 2016, percent: true });
    expect(percent.imported).toMatchObject({
      name: 'Folkmängd, förändring 2016–2018',
      unit: '%',
      year: '2016–2018',
    });
    expect(resolve('2018', '2016-abs', 'en').imported).toMatchObject({
      name: 'Folkmängd, change 2016–2018',
      unit: 'personer',
    });
  });

  it('leaves a metric of one year, or a record that does not read, as it was', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...metric, seriesRecord: { ...record, years: [2016, 2016, 2018] } };
    expect(seriesOf(broken)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    const plain = mapMetricOf(metric.id, { ...ctx, imported: [broken] }, seriesLens)!;
    expect(plain.shown).toBeUndefined();
    expect(plain.values.get('2480')).toBe(120);
    warn.mockRestore();
  });
});
