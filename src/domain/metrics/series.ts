/**
 * A measure over time as the import reads it from Kolada's and SCB's files: one series per
 * municipality by year, with Sweden and the counties kept apart as references (never drawn as
 * municipalities). Plain data (records and arrays), so that it crosses from the import worker by
 * postMessage and is stored as it is (series-record.ts).
 */

/** The years a file may give: Sweden's municipalities date from 1971, SCB's figures from 1968. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/**
 * The most years a measure may have: a slider of more stops cannot be used, and a file of more
 * is not a series of municipal figures (SCB's longest municipal tables start in 1968).
 */
export const MAX_YEARS = 100;

/** Kolada's genders: T total, K women (kvinnor), M men (män). */
export type Gender = 'T' | 'K' | 'M';
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

/** One value per year of the series' `years`, aligned; null is no data for that year. */
export type YearValues = (number | null)[];

/** What a measure is, as far as the file says. */
export interface SeriesMeta {
  /** The measure's name: Kolada's KPI title or id, SCB's content, the column's header. */
  name: string;
  /** Kolada's KPI id ("N01951"), SCB's content code, or null. */
  code: string | null;
  /** The unit where the file gives it (JSON-stat does), else "". */
  unit: string;
  /** Who publishes it where the file says so ("Kolada", "SCB"), else "". */
  source: string;
  /** The gender the values are for, where the file divides by gender. */
  gender: Gender | null;
  /** Further categories that single this measure out of the file ("16-64 år"). */
  qualifiers: string[];
}

/** The values of a measure: the map's municipalities, and the references apart. */
export interface SeriesValues {
  /** kommunkod → one value per year. */
  municipalities: Record<string, YearValues>;
  /** "00" (Sweden) or a county's code → one value per year. */
  references: Record<string, YearValues>;
}

/** A measure over time: the years ascending, every value aligned with them. */
export interface MetricSeries extends SeriesMeta, SeriesValues {
  years: number[];
}

/**
 * A measure as a file gives it: a series, or (a table that names no year, kommunkod;value) one
 * column of values whose year the user gives ({@link datedSeries}); then `years` is null and each
 * region has exactly one value.
 */
export interface ReadMeasure extends SeriesMeta, SeriesValues {
  years: number[] | null;
}

/** Why a year cell or header was refused (messages `import.reason.<code>`). */
export type YearProblem =
  /** Not a whole year: "20x6", "2016M01", "2016K1". */
  | { code: 'notAYear'; value: string }
  /** A year, but outside {@link YEAR_RANGE}. */
  | { code: 'yearOutOfRange'; year: number; min: number; max: number };

/** A year from a cell, a header or a Kolada period: four digits (a number, or text). */
export function parseYear(value: string | number): { year: number } | YearProblem {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d{4}$/.test(text)) return { code: 'notAYear', value: text.slice(0, 60) };
  const year = Number(text);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return { code: 'yearOutOfRange', year, min: YEAR_RANGE.min, max: YEAR_RANGE.max };
  }
  return { year };
}

/**
 * The year a free text names: "2016", "2016-12-31", "31 dec 2016"; null for none or several
 * ("2015–2016"), or one outside {@link YEAR_RANGE}.
 */
export function yearOfText(text: string): number | null {
  const years = new Set(text.match(/(?<!\d)\d{4}(?!\d)/g) ?? []);
  if (years.size !== 1) return null;
  const parsed = parseYear([...years][0]!);
  return 'code' in parsed ? null : parsed.year;
}

/** The series of a measure without a year, dated with the year the user gives. */
export function datedSeries(measure: ReadMeasure, year: number): MetricSeries {
  if (measure.years !== null) return { ...measure, years: measure.years };
  return { ...measure, years: [year] };
}

/** Every region of a series with its values: the municipalities, then the references. */
function allValues(series: SeriesValues): YearValues[] {
  return [...Object.values(series.municipalities), ...Object.values(series.references)];
}

/** The years in which at least one municipality has a value (a slider's stops). */
export function yearsWithData(series: MetricSeries): number[] {
  const rows = Object.values(series.municipalities);
  return series.years.filter((_, i) => rows.some((row) => row[i] !== null));
}

/** The last year with a municipality's value, or null when the series has none. */
export function latestYear(series: MetricSeries): number | null {
  return yearsWithData(series).at(-1) ?? null;
}

/** The municipalities' values in a year: kommunkod → value, or null (no data, or no such year). */
export function valuesInYear(series: MetricSeries, year: number): Map<string, number | null> {
  const index = series.years.indexOf(year);
  return new Map(
    Object.entries(series.municipalities).map(([code, row]) => [
      code,
      index < 0 ? null : (row[index] ?? null),
    ]),
  );
}

/** Every municipality's value of every year, no data left out: what one classification covers. */
export function allMunicipalValues(series: SeriesValues): number[] {
  return Object.values(series.municipalities)
    .flat()
    .filter((v): v is number => v !== null);
}

/** One region's values as points (year, value), years without data left out: a trend line. */
export function trendOf(
  series: MetricSeries,
  region: { municipality: string } | { reference: string },
): { year: number; value: number }[] {
  const row =
    'municipality' in region
      ? series.municipalities[region.municipality]
      : series.references[region.reference];
  if (!row) return [];
  return series.years.flatMap((year, i) => {
    const value = row[i];
    return value === null || value === undefined ? [] : [{ year, value }];
  });
}

/** How many regions (municipalities and references) have at least one value. */
export function regionsWithData(series: SeriesValues): number {
  return allValues(series).filter((row) => row.some((v) => v !== null)).length;
}

/**
 * The municipalities' values of one year of a measure, as today's single-year metric stores them:
 * the year the text names if the measure has it, else its latest year with data; an undated
 * measure's one column. No data is left out (a municipality without a value has none).
 */
export function snapshotOf(
  measure: ReadMeasure,
  yearText: string,
): { year: number | null; values: Record<string, number> } {
  let index = 0;
  let year: number | null = null;
  if (measure.years !== null) {
    const series = { ...measure, years: measure.years };
    const named = yearOfText(yearText);
    year = named !== null && measure.years.includes(named) ? named : latestYear(series);
    index = year === null ? -1 : measure.years.indexOf(year);
  }
  const values: Record<string, number> = {};
  for (const [code, row] of Object.entries(measure.municipalities)) {
    const value = index < 0 ? null : row[index];
    if (value !== null && value !== undefined) values[code] = value;
  }
  return { year, values };
}
