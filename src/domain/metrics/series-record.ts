// zod's small build: a saved metric is read on the first screen (see src/data/codes.ts).
import * as z from 'zod/mini';
import { KOMMUNKOD_PATTERN } from '../../data/codes';
import { isReferenceCode } from './regions';
import { IMPORTED_METRIC_ID, type ImportedMetric } from './registry';
import { MAX_YEARS, YEAR_RANGE, yearOfText, type MetricSeries } from './series';

/**
 * The stored form of a user's metric. Version 1 is today's single-year record (kommunkod → value,
 * the year as the user typed it); version 2 a measure over time, with the references. A version-1
 * record is read as it is and moved to version 2 where its year text names one year.
 *
 * How storage carries it: one stored value per metric, the JSON of a record of either version
 * (a version-1 record has no `version` field). Read with {@link readMetricRecord}; a record that
 * reads as neither is kept as it is and written back, never dropped. A version-1 record may be
 * rewritten as its {@link migrateRecord} when it is next saved.
 */

/** How long each text of a stored metric may be; the import form refuses more before saving. */
export const METRIC_TEXT_LIMITS = { name: 120, unit: 60, year: 40, source: 200 } as const;

const texts = {
  id: z.string().check(z.regex(IMPORTED_METRIC_ID)),
  name: z.string().check(z.minLength(1), z.maxLength(METRIC_TEXT_LIMITS.name)),
  unit: z.string().check(z.maxLength(METRIC_TEXT_LIMITS.unit)),
  source: z.string().check(z.minLength(1), z.maxLength(METRIC_TEXT_LIMITS.source)),
};

/** Version 1: today's record of one year. */
export const SingleYearRecordSchema = z.object({
  ...texts,
  year: z.string().check(z.maxLength(METRIC_TEXT_LIMITS.year)),
  // zod 4's numbers are finite: Infinity and NaN do not read.
  values: z.record(z.string().check(z.regex(KOMMUNKOD_PATTERN)), z.number()),
});

const yearValues = z.array(z.nullable(z.number()));

/** Version 2: a measure over time. */
export const SeriesRecordSchema = z
  .object({
    version: z.literal(2),
    ...texts,
    /**
     * The period in the user's words when it says more than the year ("2016-12-31"): shown
     * instead of the year. Only for a series of one year.
     */
    period: z.optional(z.string().check(z.maxLength(METRIC_TEXT_LIMITS.year))),
    /** Kolada's KPI id or SCB's content code, where the file gave one. */
    code: z.nullable(z.string().check(z.maxLength(60))),
    gender: z.nullable(z.enum(['T', 'K', 'M'])),
    years: z
      .array(z.int().check(z.gte(YEAR_RANGE.min), z.lte(YEAR_RANGE.max)))
      .check(z.minLength(1), z.maxLength(MAX_YEARS)),
    municipalities: z.record(z.string().check(z.regex(KOMMUNKOD_PATTERN)), yearValues),
    references: z.record(
      z.string().check(z.refine(isReferenceCode, 'not Sweden or a county')),
      yearValues,
    ),
  })
  .check(
    z.superRefine((record, ctx) => {
      if (record.years.some((year, i) => i > 0 && year <= record.years[i - 1]!)) {
        ctx.addIssue({ code: 'custom', path: ['years'], message: 'years not strictly ascending' });
      }
      for (const group of ['municipalities', 'references'] as const) {
        for (const [code, row] of Object.entries(record[group])) {
          if (row.length !== record.years.length) {
            ctx.addIssue({
              code: 'custom',
              path: [group, code],
              message: `${row.length} values for ${record.years.length} years`,
            });
          }
        }
      }
      if (record.period !== undefined && record.years.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['period'], message: 'a period for several years' });
      }
    }),
  );

export type SingleYearRecord = z.infer<typeof SingleYearRecordSchema>;
export type SeriesRecord = z.infer<typeof SeriesRecordSchema>;

/** The names the user gave a metric when saving it. */
export interface MetricTexts {
  id: string;
  name: string;
  unit: string;
  source: string;
}

/** The record of a series to store. */
export function seriesRecord(
  texts: MetricTexts,
  series: MetricSeries,
  period?: string,
): SeriesRecord {
  return {
    version: 2,
    ...texts,
    ...(period !== undefined && series.years.length === 1 ? { period } : {}),
    code: series.code,
    gender: series.gender,
    years: series.years,
    municipalities: series.municipalities,
    references: series.references,
  };
}

/** The series a stored record holds. */
export function seriesOfRecord(record: SeriesRecord): MetricSeries {
  return {
    name: record.name,
    code: record.code,
    unit: record.unit,
    source: record.source,
    gender: record.gender,
    qualifiers: [],
    years: record.years,
    municipalities: record.municipalities,
    references: record.references,
  };
}

/**
 * Version 1 as version 2: the year its text names ("2016", "2016-12-31"), the text kept as the
 * period when it says more; null when the text names no single year ("okänt", "2015–2016"): such
 * a record stays version 1 and is drawn as it is today.
 */
export function migrateRecord(record: SingleYearRecord): SeriesRecord | null {
  const year = yearOfText(record.year);
  if (year === null) return null;
  const municipalities = Object.fromEntries(
    Object.entries(record.values).map(([code, value]) => [code, [value]]),
  );
  return {
    version: 2,
    id: record.id,
    name: record.name,
    unit: record.unit,
    source: record.source,
    ...(record.year.trim() === String(year) ? {} : { period: record.year }),
    code: null,
    gender: null,
    years: [year],
    municipalities,
    references: {},
  };
}

/** A stored value as read: a series, today's single-year metric, or something unreadable. */
export type ReadRecord =
  | { kind: 'series'; record: SeriesRecord }
  | { kind: 'single'; metric: ImportedMetric }
  | { kind: 'unreadable'; raw: unknown };

/** Reads one stored record of either version; what reads as neither is kept as it was. */
export function readMetricRecord(raw: unknown): ReadRecord {
  const version = (raw as { version?: unknown } | null)?.version;
  if (version === 2) {
    const parsed = SeriesRecordSchema.safeParse(raw);
    return parsed.success ? { kind: 'series', record: parsed.data } : { kind: 'unreadable', raw };
  }
  if (version !== undefined) return { kind: 'unreadable', raw };
  const parsed = SingleYearRecordSchema.safeParse(raw);
  return parsed.success ? { kind: 'single', metric: parsed.data } : { kind: 'unreadable', raw };
}

const checked = new WeakMap<object, MetricSeries | null>();

/**
 * The measure over time a saved metric holds (its stored version-2 record), checked once per
 * record; null for a metric of one year or a record that does not read as a series (then it is
 * shown as its one year, as an older version shows it).
 */
export function seriesOfMetric(
  metric: Pick<ImportedMetric, 'id' | 'seriesRecord'>,
): MetricSeries | null {
  const record = metric.seriesRecord;
  if (typeof record !== 'object' || record === null) return null;
  if (checked.has(record)) return checked.get(record)!;
  const parsed = SeriesRecordSchema.safeParse(record);
  if (!parsed.success) console.warn(`[series] ${metric.id}: the years could not be read`);
  const series = parsed.success ? seriesOfRecord(parsed.data) : null;
  checked.set(record, series);
  return series;
}
