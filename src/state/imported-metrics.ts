import { create } from 'zustand';
import { z } from 'zod';
import { KOMMUNKOD_PATTERN } from '../data/schemas';
import { IMPORTED_METRIC_ID, type ImportedMetric } from '../domain/metrics/registry';

const STORAGE_KEY = 'integrationskartan.imported-metrics.v1';

const StoredSchema = z.array(
  z.object({
    id: z.string().regex(IMPORTED_METRIC_ID),
    name: z.string().min(1).max(120),
    unit: z.string().max(60),
    year: z.string().max(20),
    source: z.string().min(1).max(200),
    values: z.record(z.string().regex(KOMMUNKOD_PATTERN), z.number().finite()),
  }),
);

function load(): ImportedMetric[] {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed = StoredSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    console.warn('[import] ignored unreadable stored metrics');
  } catch {
    // Storage can be unavailable (private mode, blocked): imported metrics then last for the visit.
  }
  return [];
}

function save(metrics: ImportedMetric[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(metrics));
  } catch {
    console.warn('[import] could not store metrics in this browser');
  }
}

interface ImportedMetricsStore {
  metrics: ImportedMetric[];
  add: (metric: ImportedMetric) => void;
  remove: (id: string) => void;
}

/** The user's own metrics, kept in localStorage: they never travel in a shared link. */
export const useImportedMetrics = create<ImportedMetricsStore>()((set, get) => ({
  metrics: typeof window === 'undefined' ? [] : load(),
  add: (metric) => {
    const metrics = [...get().metrics.filter((m) => m.id !== metric.id), metric];
    save(metrics);
    set({ metrics });
  },
  remove: (id) => {
    const metrics = get().metrics.filter((m) => m.id !== id);
    save(metrics);
    set({ metrics });
  },
}));
