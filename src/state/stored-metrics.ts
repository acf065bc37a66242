import { z } from 'zod';
import { KOMMUNKOD_PATTERN } from '../data/schemas';
import { IMPORTED_METRIC_ID, type ImportedMetric } from '../domain/metrics/registry';

/**
 * How long each text of a stored metric may be: the import form says so and refuses more before
 * saving, and the stored record is read with the same limits (a record over them is skipped).
 */
export const IMPORTED_METRIC_LIMITS = { name: 120, unit: 60, year: 40, source: 200 } as const;

const StoredMetricSchema = z.object({
  id: z.string().regex(IMPORTED_METRIC_ID),
  name: z.string().min(1).max(IMPORTED_METRIC_LIMITS.name),
  unit: z.string().max(IMPORTED_METRIC_LIMITS.unit),
  year: z.string().max(IMPORTED_METRIC_LIMITS.year),
  source: z.string().min(1).max(IMPORTED_METRIC_LIMITS.source),
  values: z.record(z.string().regex(KOMMUNKOD_PATTERN), z.number().finite()),
});

export interface StoredMetrics {
  metrics: ImportedMetric[];
  /**
   * What the storage held that could not be read (a record of another version, an edited or
   * truncated value): kept as it was and written back with the good ones, never thrown away.
   */
  unreadable: unknown[];
}

/**
 * The user's metrics in a stored value, read record by record: a broken or over-long record is
 * set aside, the good ones are kept. A value that is not a JSON list is one unreadable record.
 */
export function readStoredMetrics(raw: string | null): StoredMetrics {
  const out: StoredMetrics = { metrics: [], unreadable: [] };
  if (raw === null || raw === '') return out;
  let records: unknown;
  try {
    records = JSON.parse(raw);
  } catch {
    out.unreadable.push(raw);
    return out;
  }
  if (!Array.isArray(records)) {
    out.unreadable.push(records);
    return out;
  }
  const ids = new Set<string>();
  for (const record of records) {
    const parsed = StoredMetricSchema.safeParse(record);
    // Two records with one id cannot both be chosen on the map: the second waits, unread.
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id);
      out.metrics.push(parsed.data);
    } else out.unreadable.push(record);
  }
  return out;
}

/** The value to store: the readable metrics, then whatever could not be read, as it was. */
export function storedValue({ metrics, unreadable }: StoredMetrics): string {
  return JSON.stringify([...metrics, ...unreadable]);
}

/** Why the browser's storage refused a write: full (quota), or not allowed at all. */
export type StorageProblem = 'full' | 'unavailable';

export function storageProblemOf(error: unknown): StorageProblem {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox once named it NS_ERROR_DOM_QUOTA_REACHED; every browser now says QuotaExceededError.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'full'
    : 'unavailable';
}
