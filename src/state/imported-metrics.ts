import { create } from 'zustand';
import { z } from 'zod';
import type { ImportedMetric } from '../domain/metrics/definitions';

const STORAGE_KEY = 'integrationskartan.imported-metrics.v1';

const StoredSchema = z.array(
  z.object({
    id: z.string().regex(/^import:[a-z0-9-]{1,60}$/),
    name: z.string().min(1).max(120),
    unit: z.string().max(60),
    year: z.string().max(20),
    source: z.string().min(1).max(200),
    values: z.record(z.string().regex(/^\d{4}$/), z.number().finite()),
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

export function metricIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'matt';
  let id = `import:${base}`;
  for (let i = 2; taken.includes(id); i++) id = `import:${base}-${i}`;
  return id;
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
