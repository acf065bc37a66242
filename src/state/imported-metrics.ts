import { create } from 'zustand';
import { importedMetricId, type ImportedMetric } from '../domain/metrics/registry';
import {
  LEGACY_LIST_KEY,
  METRIC_KEY_PREFIX,
  metricKey,
  readLegacyList,
  readRecord,
  readStoredMetric,
  recordValue,
  savedOrder,
  storageProblemOf,
  type StorageProblem,
  type StoredMetric,
  type StoredRecord,
} from './stored-metrics';

/** A write to the browser's storage that did not happen, for the user to be told. */
export interface StorageFailure {
  problem: StorageProblem;
  /** What was being done, to which metric. */
  action: 'save' | 'remove';
  name: string;
}

/** The browser's storage, or null where it is refused (private mode, blocked). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The keys of saved metrics, readable or not. */
function metricKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(METRIC_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/** A stored value as a JSON object (to keep its fields), or null. */
function storedObject(raw: string | null): StoredRecord | null {
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as StoredRecord)
      : null;
  } catch {
    return null;
  }
}

/**
 * Moves the metrics of the old single list to keys of their own, in their order. The list keeps
 * what could not be read and whatever did not move (a full storage): nothing leaves it before it
 * is stored under its own key. Run at load and whenever another tab (an older version still
 * open) writes the list again.
 */
function moveLegacyList(store: Storage): void {
  const raw = store.getItem(LEGACY_LIST_KEY);
  if (raw === null) return;
  const legacy = readLegacyList(raw);
  const left: unknown[] = [...legacy.unreadable];
  const now = Date.now();
  legacy.metrics.forEach(({ metric, record }, i) => {
    const key = metricKey(metric.id);
    const there = store.getItem(key);
    if (there !== null) {
      // Moved before (by another tab), or saved since: the key holds the newer record.
      if (readStoredMetric(key, there) === null) left.push(record);
      return;
    }
    try {
      store.setItem(key, recordValue(metric, record, now - legacy.metrics.length + i));
    } catch {
      left.push(record);
    }
  });
  if (left.length === 0) store.removeItem(LEGACY_LIST_KEY);
  else if (left.length < legacy.unreadable.length + legacy.metrics.length) {
    // Shorter than before, so never refused for want of room; if it were, the list stays whole
    // and what moved is read from its key.
    try {
      store.setItem(LEGACY_LIST_KEY, JSON.stringify(left));
    } catch {
      // as above
    }
  }
}

interface Shelf {
  stored: StoredMetric[];
  /** Records that could not be read: left in storage as they are. */
  unreadable: number;
}

/** Every saved metric in storage, in the order they were saved. */
function readShelf(store: Storage): Shelf {
  const stored: StoredMetric[] = [];
  let unreadable = 0;
  for (const key of metricKeys(store)) {
    const read = readStoredMetric(key, store.getItem(key));
    if (read) stored.push(read);
    else unreadable++;
  }
  // What the old list still holds (a move the storage refused).
  const legacy = readLegacyList(store.getItem(LEGACY_LIST_KEY));
  const ids = new Set(stored.map((s) => s.metric.id));
  legacy.metrics.forEach(({ metric, record }, i) => {
    // In the list's order, before anything saved since.
    if (!ids.has(metric.id))
      stored.push({ metric, record: { ...record, savedAt: i - legacy.metrics.length } });
  });
  unreadable += legacy.unreadable.length;
  return { stored: stored.sort(savedOrder), unreadable };
}

/**
 * The state of this tab's storage. `readable` is false when reading the storage failed (blocked,
 * private mode): then nothing is written in this visit either, so that a read error can never
 * end in overwriting what the storage holds.
 */
let shelf: Shelf = { stored: [], unreadable: 0 };
let readable = true;
/** Metrics the browser would not store: they last for this visit. */
const visitOnly = new Map<string, ImportedMetric>();

function refresh(): void {
  const store = readable ? storage() : null;
  if (!store) return;
  try {
    shelf = readShelf(store);
  } catch {
    // A storage that fails to read now keeps the last list read.
  }
}

function load(): void {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    moveLegacyList(store);
    shelf = readShelf(store);
  } catch {
    // Storage can be unavailable (private mode, blocked): imported metrics then last for the visit.
    readable = false;
    return;
  }
  if (shelf.unreadable > 0) {
    console.warn(
      `[import] ${shelf.unreadable} stored metric(s) could not be read; kept as they are`,
    );
  }
}

function listed(): ImportedMetric[] {
  const stored = shelf.stored.map((s) => s.metric).filter((m) => !visitOnly.has(m.id));
  return [...stored, ...visitOnly.values()];
}

/**
 * The time of a save, after every save this tab knows of: two saves in the same millisecond
 * (a replace right after an add) still list in the order they were made.
 */
function nextSavedAt(): number {
  const last = Math.max(
    0,
    ...shelf.stored.map((s) => (typeof s.record.savedAt === 'number' ? s.record.savedAt : 0)),
  );
  return Math.max(Date.now(), last + 1);
}

/** Stores one metric under its key, over the record there (its unknown fields kept). */
function save(metric: ImportedMetric): StorageProblem | null {
  const store = readable ? storage() : null;
  if (!store) return 'unavailable';
  try {
    const key = metricKey(metric.id);
    store.setItem(key, recordValue(metric, storedObject(store.getItem(key)), nextSavedAt()));
    return null;
  } catch (error) {
    return storageProblemOf(error);
  }
}

/** Removes one metric's key, and its record from the old list if it is still there. */
function erase(id: string): StorageProblem | null {
  const store = readable ? storage() : null;
  if (!store) return visitOnly.has(id) ? null : 'unavailable';
  try {
    store.removeItem(metricKey(id));
    const raw = store.getItem(LEGACY_LIST_KEY);
    const records: unknown = raw === null ? null : JSON.parse(raw);
    const at = Array.isArray(records)
      ? records.findIndex((r) => readRecord(r)?.metric.id === id)
      : -1;
    if (at >= 0) {
      (records as unknown[]).splice(at, 1);
      store.setItem(LEGACY_LIST_KEY, JSON.stringify(records));
    }
    return null;
  } catch (error) {
    return storageProblemOf(error);
  }
}

interface ImportedMetricsStore {
  metrics: ImportedMetric[];
  /** How many stored records could not be read (kept in storage, not shown). */
  unreadableCount: number;
  /** The last write that failed, until the user dismisses it or a write succeeds. */
  storageFailure: StorageFailure | null;
  /** The name of an imported metric a link asked for that this browser does not have. */
  missingFromLink: string | null;
  /** A new metric's id for `name`, unlike any stored here or in another tab. */
  newId: (name: string) => string;
  add: (metric: ImportedMetric) => void;
  remove: (id: string) => void;
  dismissStorageFailure: () => void;
  setMissingFromLink: (name: string | null) => void;
}

/**
 * The user's own metrics, kept in localStorage: they never travel in a shared link. Every tab
 * shows what every other saved or removed (the storage event). When the browser will not store
 * one, it still works for this visit, and the user is told.
 */
export const useImportedMetrics = create<ImportedMetricsStore>()((set, get) => {
  const show = (storageFailure: StorageFailure | null) =>
    set({ metrics: listed(), unreadableCount: shelf.unreadable, storageFailure });
  if (typeof window !== 'undefined') {
    load();
    window.addEventListener('storage', (event) => {
      if (
        !readable ||
        (event.key !== null &&
          !event.key.startsWith(METRIC_KEY_PREFIX) &&
          event.key !== LEGACY_LIST_KEY)
      ) {
        return;
      }
      const store = storage();
      if (!store || (event.storageArea !== null && event.storageArea !== store)) return;
      try {
        if (event.key === LEGACY_LIST_KEY) moveLegacyList(store);
      } catch {
        // Moved at the next load.
      }
      refresh();
      show(get().storageFailure);
    });
  }
  return {
    metrics: listed(),
    unreadableCount: shelf.unreadable,
    storageFailure: null,
    missingFromLink: null,
    newId: (name) => {
      const store = readable ? storage() : null;
      const taken = [...get().metrics.map((m) => m.id), ...visitOnly.keys()];
      try {
        if (store) taken.push(...metricKeys(store).map((k) => k.slice(METRIC_KEY_PREFIX.length)));
      } catch {
        // The ids this tab knows.
      }
      return importedMetricId(name, taken);
    },
    add: (metric) => {
      const problem = save(metric);
      if (problem) visitOnly.set(metric.id, metric);
      else visitOnly.delete(metric.id);
      refresh();
      show(problem ? { problem, action: 'save', name: metric.name } : null);
    },
    remove: (id) => {
      const removed = get().metrics.find((m) => m.id === id);
      const problem = erase(id);
      visitOnly.delete(id);
      refresh();
      show(problem ? { problem, action: 'remove', name: removed?.name ?? id } : null);
    },
    dismissStorageFailure: () => set({ storageFailure: null }),
    setMissingFromLink: (name) => {
      if (get().missingFromLink !== name) set({ missingFromLink: name });
    },
  };
});
