// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedMetric } from '../domain/metrics/registry';

const LEGACY = 'integrationskartan.imported-metrics.v1';
const key = (id: string) => `integrationskartan.metric:${id}`;

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
const SFI: ImportedMetric = { ...ARRIVALS, id: 'import:sfi', name: 'Elever i sfi' };

/** The store as a page load (a tab) makes it, from what this browser has stored. */
async function load() {
  vi.resetModules();
  return (await import('./imported-metrics')).useImportedMetrics;
}

const stored = (k: string) => JSON.parse(window.localStorage.getItem(k) ?? 'null') as unknown;
const storedKeys = () => Object.keys(window.localStorage).sort();

/** What the browser does in every other tab when one writes: a storage event. */
function tellOtherTabs(k: string) {
  window.dispatchEvent(new StorageEvent('storage', { key: k, storageArea: window.localStorage }));
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the user’s imported metrics', () => {
  it('are none in a browser that has stored none', async () => {
    expect((await load()).getState().metrics).toEqual([]);
  });

  it('are kept in this browser, each under its own key, and read back on the next visit', async () => {
    const store = await load();
    store.getState().add(ARRIVALS);
    store.getState().add(PER_1000);
    expect(storedKeys()).toEqual([key(ARRIVALS.id), key(PER_1000.id)]);
    expect(stored(key(ARRIVALS.id))).toMatchObject({ ...ARRIVALS, version: 1 });
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
    expect(storedKeys()).toEqual([key(ARRIVALS.id)]);
  });

  it('list a replace made in the same millisecond as the add before it last', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const store = await load();
    store.getState().add(ARRIVALS);
    store.getState().add(PER_1000);
    const corrected = { ...ARRIVALS, values: { '2580': 1 } };
    store.getState().add(corrected);
    expect(store.getState().metrics).toEqual([PER_1000, corrected]);
    expect((await load()).getState().metrics).toEqual([PER_1000, corrected]);
  });

  it('saved in two tabs are both kept, and each tab lists the other’s', async () => {
    const tabA = await load();
    const tabB = await load();
    tabA.getState().add(ARRIVALS);
    tellOtherTabs(key(ARRIVALS.id));
    expect(tabB.getState().metrics).toEqual([ARRIVALS]);
    // Tab B saves while tab A still shows its own list: nothing of tab A's is written over.
    tabB.getState().add(PER_1000);
    tellOtherTabs(key(PER_1000.id));
    expect(tabA.getState().metrics).toEqual([ARRIVALS, PER_1000]);
    // A removal in one tab takes away that metric only, in both.
    tabA.getState().remove(ARRIVALS.id);
    tellOtherTabs(key(ARRIVALS.id));
    expect(tabB.getState().metrics).toEqual([PER_1000]);
    expect((await load()).getState().metrics).toEqual([PER_1000]);
  });

  it('get a new id that no tab has taken, even before this tab heard of it', async () => {
    const tabA = await load();
    const tabB = await load();
    tabA.getState().add({ ...ARRIVALS, id: tabA.getState().newId('Mottagna') });
    // No storage event yet: tab B still lists nothing, but reads the keys themselves.
    expect(tabB.getState().metrics).toEqual([]);
    const id = tabB.getState().newId('Mottagna');
    expect(id).not.toBe('import:mottagna');
    tabB.getState().add({ ...PER_1000, id });
    expect((await load()).getState().metrics.map((m) => m.id)).toEqual(['import:mottagna', id]);
  });

  it('keep the fields of a record that a newer version wrote, when written back', async () => {
    const newer = { ...ARRIVALS, version: 3, savedAt: 1, years: { '2017': { '2580': 9 } } };
    window.localStorage.setItem(key(ARRIVALS.id), JSON.stringify(newer));
    const store = await load();
    expect(store.getState().metrics).toEqual([ARRIVALS]);
    store.getState().add({ ...ARRIVALS, name: 'Mottagna (rättad)' });
    expect(stored(key(ARRIVALS.id))).toMatchObject({
      name: 'Mottagna (rättad)',
      years: { '2017': { '2580': 9 } },
    });
  });

  it('move from the old single list to keys of their own, in order, the unreadable kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...ARRIVALS, id: 'mottagna' };
    window.localStorage.setItem(LEGACY, JSON.stringify([SFI, broken, ARRIVALS, 'skräp']));
    const store = await load();
    expect(store.getState().metrics).toEqual([SFI, ARRIVALS]);
    expect(store.getState().unreadableCount).toBe(2);
    expect(stored(LEGACY)).toEqual([broken, 'skräp']);
    expect(stored(key(SFI.id))).toMatchObject(SFI);
    expect(warn).toHaveBeenCalledWith(
      '[import] 2 stored metric(s) could not be read; kept as they are',
    );
    // A tab of the older version still open writes its whole list again: nothing is lost, and
    // what this version saved since stays.
    store.getState().add(PER_1000);
    window.localStorage.setItem(LEGACY, JSON.stringify([SFI, ARRIVALS]));
    tellOtherTabs(LEGACY);
    expect(store.getState().metrics).toEqual([SFI, ARRIVALS, PER_1000]);
    expect(window.localStorage.getItem(LEGACY)).toBeNull();
  });

  it('stay in the old list when the storage will not take them one by one', async () => {
    window.localStorage.setItem(LEGACY, JSON.stringify([SFI, ARRIVALS]));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const store = await load();
    expect(store.getState().metrics).toEqual([SFI, ARRIVALS]);
    expect(stored(LEGACY)).toEqual([SFI, ARRIVALS]);
    vi.mocked(Storage.prototype.setItem).mockRestore();
    store.getState().remove(SFI.id);
    expect(stored(LEGACY)).toEqual([ARRIVALS]);
    expect((await load()).getState().metrics).toEqual([ARRIVALS]);
  });

  it('ignore what is not JSON at all, and never write over it', async () => {
    window.localStorage.setItem(key('import:trasig'), '{not json');
    const store = await load();
    expect(store.getState().metrics).toEqual([]);
    expect(store.getState().unreadableCount).toBe(1);
    expect(store.getState().newId('Trasig')).not.toBe('import:trasig');
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
    store.getState().remove(ARRIVALS.id);
    expect(store.getState().metrics).toEqual([]);
  });
});
