import { describe, expect, it } from 'vitest';
import { readStoredMetrics, storageProblemOf, storedValue } from './stored-metrics';

const good = (id: string) => ({
  id: `import:${id}`,
  name: id,
  unit: '',
  year: '2016',
  source: 'SCB',
  values: { '2480': 1.5, '2580': -2 },
});

describe('readStoredMetrics', () => {
  it('reads nothing from an empty storage', () => {
    expect(readStoredMetrics(null)).toEqual({ metrics: [], unreadable: [] });
    expect(readStoredMetrics('')).toEqual({ metrics: [], unreadable: [] });
  });

  it('keeps the good records and sets the broken ones aside, one by one', () => {
    const broken = [
      { ...good('lang'), year: '2016–2017 (preliminär, reviderad efter rättelse i mars)' },
      { ...good('stort'), values: { '2480': null } }, // Infinity, as JSON.stringify writes it
      { ...good('namn'), name: 'n'.repeat(121) },
      { ...good('kod'), values: { '24800': 1 } },
      { ...good('id'), id: 'population' },
      'text',
      null,
    ];
    const raw = JSON.stringify([good('a'), ...broken, good('b')]);
    const { metrics, unreadable } = readStoredMetrics(raw);
    expect(metrics).toEqual([good('a'), good('b')]);
    expect(unreadable).toEqual(broken);
  });

  it('sets a second record with the same id aside', () => {
    const twin = { ...good('a'), name: 'twin' };
    expect(readStoredMetrics(JSON.stringify([good('a'), twin]))).toEqual({
      metrics: [good('a')],
      unreadable: [twin],
    });
  });

  it('keeps a value that is not a list, or not JSON at all, as one unreadable record', () => {
    expect(readStoredMetrics('{"a":1}')).toEqual({ metrics: [], unreadable: [{ a: 1 }] });
    expect(readStoredMetrics('[{"id":')).toEqual({ metrics: [], unreadable: ['[{"id":'] });
  });

  it('writes the unreadable records back as they were: nothing is ever lost', () => {
    const raw = JSON.stringify([good('a'), { broken: true }]);
    const stored = readStoredMetrics(raw);
    const next = storedValue({ ...stored, metrics: [...stored.metrics, good('c')] });
    expect(readStoredMetrics(next)).toEqual({
      metrics: [good('a'), good('c')],
      unreadable: [{ broken: true }],
    });
    const notJson = readStoredMetrics('oops');
    expect(readStoredMetrics(storedValue(notJson)).unreadable).toEqual(['oops']);
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
