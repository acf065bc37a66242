// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedMetric } from '../domain/metrics/registry';

const KEY = 'integrationskartan.imported-metrics.v1';

/** A metric as a user might import it: the values are the user's (the store keeps what it is given). */
const ARRIVALS: ImportedMetric = {
  id: 'import:mottagna-2016',
  name: 'Mottagna 2016',
  unit: 'personer',
  year: '2016',
  source: 'Migrationsverket',
  values: { '2580': 250, '2480': 301.5 },
};
const PER_1000: ImportedMetric = { ...ARRIVALS, id: 'import:per-1000', name: 'Per 1 000' };

/** The store as a page load makes it, from what this browser has stored. */
async function load() {
  vi.resetModules();
  return (await import('./imported-metrics')).useImportedMetrics;
}

const stored = () => JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as unknown;

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the user’s imported metrics', () => {
  it('are none in a browser that has stored none', async () => {
    expect((await load()).getState().metrics).toEqual([]);
  });

  it('are kept in this browser and read back on the next visit', async () => {
    const store = await load();
    store.getState().add(ARRIVALS);
    store.getState().add(PER_1000);
    expect(stored()).toEqual([ARRIVALS, PER_1000]);
    expect((await load()).getState().metrics).toEqual([ARRIVALS, PER_1000]);
  });

  it('replace a metric of the same id, and are removed by id', async () => {
    const store = await load();
    store.getState().add(ARRIVALS);
    store.getState().add(PER_1000);
    const corrected = { ...ARRIVALS, values: { '2580': 251 } };
    store.getState().add(corrected);
    expect(store.getState().metrics).toEqual([PER_1000, corrected]);
    store.getState().remove(PER_1000.id);
    expect(store.getState().metrics).toEqual([corrected]);
    expect(stored()).toEqual([corrected]);
  });

  it('ignore, with a warning, what is stored but not readable as metrics', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.localStorage.setItem(KEY, JSON.stringify([{ ...ARRIVALS, id: 'mottagna' }]));
    expect((await load()).getState().metrics).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      '[import] 1 stored metric(s) could not be read; kept as they are',
    );
  });

  it('ignore what is not JSON at all', async () => {
    window.localStorage.setItem(KEY, '{not json');
    expect((await load()).getState().metrics).toEqual([]);
  });

  it('last for the visit when the browser refuses to store them', async () => {
    const store = await load();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    store.getState().add(ARRIVALS);
    expect(store.getState().metrics).toEqual([ARRIVALS]);
    // The refusal is told in the interface (MapTools), not lost in the console.
    expect(store.getState().storageFailure).toMatchObject({ problem: 'full', name: ARRIVALS.name });
  });
});
