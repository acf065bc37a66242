import { create } from 'zustand';
import type { ImportedMetric } from '../domain/metrics/registry';
import {
  readStoredMetrics,
  storageProblemOf,
  storedValue,
  type StorageProblem,
} from './stored-metrics';

const STORAGE_KEY = 'integrationskartan.imported-metrics.v1';

/** A write to the browser's storage that did not happen, for the user to be told. */
export interface StorageFailure {
  problem: StorageProblem;
  /** What was being done, to which metric. */
  action: 'save' | 'remove';
  name: string;
}

/** What the storage held that could not be read; written back with every save. */
let unreadable: unknown[] = [];
/**
 * False when reading the storage failed (blocked, private mode): then nothing is written in this
 * visit either, so that a read error can never end in overwriting what the storage holds.
 */
let readable = true;

function load(): ImportedMetric[] {
  try {
    const stored = readStoredMetrics(window.localStorage.getItem(STORAGE_KEY));
    unreadable = stored.unreadable;
    if (unreadable.length > 0) {
      console.warn(
        `[import] ${unreadable.length} stored metric(s) could not be read; kept as they are`,
      );
    }
    return stored.metrics;
  } catch {
    // Storage can be unavailable (private mode, blocked): imported metrics then last for the visit.
    readable = false;
    return [];
  }
}

/** Stores the metrics; the problem when the browser refuses (full, or storage not allowed). */
function save(metrics: ImportedMetric[]): StorageProblem | null {
  if (!readable) return 'unavailable';
  try {
    window.localStorage.setItem(STORAGE_KEY, storedValue({ metrics, unreadable }));
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
  add: (metric: ImportedMetric) => void;
  remove: (id: string) => void;
  dismissStorageFailure: () => void;
  setMissingFromLink: (name: string | null) => void;
}

/**
 * The user's own metrics, kept in localStorage: they never travel in a shared link. When the
 * browser will not store one, it still works for this visit, and the user is told.
 */
export const useImportedMetrics = create<ImportedMetricsStore>()((set, get) => {
  const write = (metrics: ImportedMetric[], action: StorageFailure['action'], name: string) => {
    const problem = save(metrics);
    set({ metrics, storageFailure: problem ? { problem, action, name } : null });
  };
  const metrics = typeof window === 'undefined' ? [] : load();
  return {
    metrics,
    unreadableCount: unreadable.length,
    storageFailure: null,
    missingFromLink: null,
    add: (metric) =>
      write([...get().metrics.filter((m) => m.id !== metric.id), metric], 'save', metric.name),
    remove: (id) => {
      const removed = get().metrics.find((m) => m.id === id);
      write(
        get().metrics.filter((m) => m.id !== id),
        'remove',
        removed?.name ?? id,
      );
    },
    dismissStorageFailure: () => set({ storageFailure: null }),
    setMissingFromLink: (name) => {
      if (get().missingFromLink !== name) set({ missingFromLink: name });
    },
  };
});
