// zod's small build: this module is read on the first screen (see src/data/codes.ts).
import * as z from 'zod/mini';
import { KOMMUNKOD_PATTERN } from '../data/codes';
import { IMPORTED_METRIC_ID, type ImportedMetric } from '../domain/metrics/registry';

/**
 * How the user's metrics are kept in the browser's storage: each under a key of its own
 * (METRIC_KEY_PREFIX + id), so that two tabs saving or removing different metrics never write
 * over each other, and a record is rewritten only when its own metric is. A record is a JSON
 * object: the metric's fields, `version` (the record format of the app that last wrote it) and
 * `savedAt` (milliseconds, the order of the list). Fields a newer version added are kept as they
 * were whenever this version writes the record back; a record whose known fields do not read
 * (another format, edited, truncated) is left alone and counted, never overwritten or removed.
 *
 * A newer version that keeps the meaning of these fields (adding, say, more years beside `year`
 * and `values`) keeps version 1's key and lets older tabs show what they can; one that changes
 * their meaning must make them unreadable here (or use other keys).
 */

/** The record format this version writes for a metric of one year. */
export const STORED_METRIC_VERSION = 1;

/**
 * The record format of a measure over time (series-record.ts): version 1's fields (its latest
 * year, which older tabs show) with the years, every municipality's values by year and the
 * references beside them. Checked where the years are shown, not here.
 */
export const SERIES_METRIC_VERSION = 2;

/** A saved metric's key: this prefix and its id ("integrationskartan.metric:import:mottagna"). */
export const METRIC_KEY_PREFIX = 'integrationskartan.metric:';

/** Where metrics were kept before, all in one list: read, moved to their own keys, then removed. */
export const LEGACY_LIST_KEY = 'integrationskartan.imported-metrics.v1';

/**
 * How long each text of a stored metric may be: the import form says so and refuses more before
 * saving, and the stored record is read with the same limits (a record over them is not read).
 */
export const IMPORTED_METRIC_LIMITS = { name: 120, unit: 60, year: 40, source: 200 } as const;

const StoredMetricSchema = z.object({
  id: z.string().check(z.regex(IMPORTED_METRIC_ID)),
  name: z.string().check(z.minLength(1), z.maxLength(IMPORTED_METRIC_LIMITS.name)),
  unit: z.string().check(z.maxLength(IMPORTED_METRIC_LIMITS.unit)),
  year: z.string().check(z.maxLength(IMPORTED_METRIC_LIMITS.year)),
  source: z.string().check(z.minLength(1), z.maxLength(IMPORTED_METRIC_LIMITS.source)),
  // zod 4's numbers are finite: Infinity and NaN do not read.
  values: z.record(z.string().check(z.regex(KOMMUNKOD_PATTERN)), z.number()),
});

/** A stored record as JSON gave it: every field, known or not. */
export type StoredRecord = Record<string, unknown>;

/** A saved metric: what this version reads of it, and the record as stored. */
export interface StoredMetric {
  metric: ImportedMetric;
  record: StoredRecord;
}

export const metricKey = (id: string) => `${METRIC_KEY_PREFIX}${id}`;

const isRecord = (value: unknown): value is StoredRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record read as a metric, or null when its known fields do not read. */
export function readRecord(record: unknown): StoredMetric | null {
  if (!isRecord(record)) return null;
  const parsed = StoredMetricSchema.safeParse(record);
  if (!parsed.success) return null;
  const metric: ImportedMetric = parsed.data;
  if (record.version === SERIES_METRIC_VERSION) metric.seriesRecord = record;
  return { metric, record };
}

/** The metric stored under `key` (its id must be the key's), or null when it cannot be read. */
export function readStoredMetric(key: string, raw: string | null): StoredMetric | null {
  if (raw === null) return null;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return null;
  }
  const read = readRecord(record);
  return read && metricKey(read.metric.id) === key ? read : null;
}

/**
 * The value to store for `metric`, saved at `savedAt`: the record it replaces with the metric's
 * fields over it, so that the fields this version does not know are kept.
 */
export function recordValue(
  metric: ImportedMetric,
  previous: StoredRecord | null,
  savedAt: number,
): string {
  const { seriesRecord, ...fields } = metric;
  const series = typeof seriesRecord === 'object' && seriesRecord !== null ? seriesRecord : null;
  return JSON.stringify({
    ...previous,
    ...series,
    ...fields,
    version: series ? SERIES_METRIC_VERSION : STORED_METRIC_VERSION,
    savedAt,
  });
}

/** The order of the list: by time of saving, then by id. */
export function savedOrder(a: StoredMetric, b: StoredMetric): number {
  const at = (m: StoredMetric) => (typeof m.record.savedAt === 'number' ? m.record.savedAt : 0);
  return at(a) - at(b) || a.metric.id.localeCompare(b.metric.id);
}

export interface LegacyList {
  /** Its readable records, in order, each once (a second with one id is not read). */
  metrics: StoredMetric[];
  /** What could not be read, as it was (a value that is not a JSON list is one such record). */
  unreadable: unknown[];
}

/** The old single list, read record by record: a broken one is set aside, the good ones kept. */
export function readLegacyList(raw: string | null): LegacyList {
  const out: LegacyList = { metrics: [], unreadable: [] };
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
    const read = readRecord(record);
    if (read && !ids.has(read.metric.id)) {
      ids.add(read.metric.id);
      out.metrics.push(read);
    } else out.unreadable.push(record);
  }
  return out;
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
