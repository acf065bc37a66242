import type { Language } from '../language';
import type { Municipality } from '../municipality';
import { DEFAULT_METRIC, type BuiltInMetricId, type ResolvedMetric } from './registry';
import { SeriesRecordSchema, seriesOfRecord } from './series-record';
import { valuesInYear } from './series';

/** A cell of an exported table: text, a number, or nothing (no data). */
export type CellValue = string | number | null | undefined;

/**
 * A text cell a spreadsheet will never run as a formula: one starting with =, +, -, @, a tab or
 * a carriage return gets a leading apostrophe, in the CSV and in the workbook alike (a workbook's
 * text cell is text, but it turns into a formula when edited, or saved as CSV and opened again).
 */
export function guardText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** How a CSV file is written in each language of the interface, so that its Excel opens it right. */
export interface CsvConventions {
  delimiter: ';' | ',';
  decimal: ',' | '.';
}

/**
 * Swedish: semicolons and a decimal comma, as Excel on a Swedish computer reads and writes; English:
 * commas and a decimal point. Both UTF-8 with a byte-order mark, by which Excel knows the encoding
 * ("Umeå" intact) in either language.
 */
export const CSV_CONVENTIONS: Record<Language, CsvConventions> = {
  sv: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

/**
 * One CSV cell, quoted where needed (RFC 4180), text guarded (guardText). A number is written as a
 * number (-5 stays -5), rounded to three decimals, with the language's decimal mark and no
 * thousands separator; a number that is not finite is an empty cell, no data.
 */
function cell(value: CellValue, { delimiter, decimal }: CsvConventions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const rounded = Math.round(value * 1000) / 1000;
    // Rounding a number near the largest double would overflow: keep it as it is.
    return String(Number.isFinite(rounded) ? rounded : value).replace('.', decimal);
  }
  const safe = guardText(value);
  return /["\n\r]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(
  rows: readonly (readonly CellValue[])[],
  conventions: CsvConventions = CSV_CONVENTIONS.en,
): string {
  return (
    rows
      .map((row) => row.map((c) => cell(c, conventions)).join(conventions.delimiter))
      .join('\r\n') + '\r\n'
  );
}

/** The figures of one year (null: the year of a metric of one year, named in its title). */
export interface YearColumn {
  year: number | null;
  values: ReadonlyMap<string, number | null>;
}

/** A stored measure over time of more than one year, or null. */
function storedSeries(metric: { imported?: { seriesRecord?: unknown } | null }) {
  const parsed = SeriesRecordSchema.safeParse(metric.imported?.seriesRecord);
  return parsed.success && parsed.data.years.length > 1 ? seriesOfRecord(parsed.data) : null;
}

/**
 * The years of a metric to export: every year of a measure over time (a stored series of more
 * than one year, whichever year or change the map shows), else its one column of values.
 */
export function yearColumns(metric: {
  values: ReadonlyMap<string, number | null>;
  imported?: { seriesRecord?: unknown } | null;
}): YearColumn[] {
  const series = storedSeries(metric);
  if (!series) return [{ year: null, values: metric.values }];
  return series.years.map((year) => ({ year, values: valuesInYear(series, year) }));
}

/** The words of a table's headers and of a workbook's description, in the interface's language. */
export interface TableWords {
  code: string;
  municipality: string;
  county: string;
  source: string;
  unit: string;
  year: string;
}

/** What the table shows: the metric's title, unit, year(s) and source line, and its figures. */
export interface MetricTableInput {
  title: string;
  unit: string;
  /** The year or period of the figures ("2016-12-31", "2014–2018"). */
  period: string;
  source: string;
  columns: readonly YearColumn[];
}

/** The table behind the map: a header row and one row per focus municipality. */
export interface MetricTable {
  header: string[];
  rows: CellValue[][];
}

/**
 * The table behind the map: one row per focus municipality with its value of the current metric
 * (empty for no data) and the source. A measure over time has a column per year, named with the
 * title and the year ("Folkmängd 2016"): wide, as SCB's own export, so that a year is a column to
 * chart or to subtract in Excel, the municipalities stay one row each, and the import reads it back.
 */
export function metricTable(
  municipalities: readonly Pick<Municipality, 'code' | 'name' | 'countyName' | 'focus'>[],
  input: MetricTableInput,
  words: TableWords,
): MetricTable {
  const header = [
    words.code,
    words.municipality,
    words.county,
    ...input.columns.map((c) => (c.year === null ? input.title : `${input.title} ${c.year}`)),
    words.source,
  ];
  const rows = municipalities
    .filter((m) => m.focus)
    .map((m) => [
      m.code,
      m.name,
      m.countyName,
      ...input.columns.map((c) => c.values.get(m.code)),
      input.source,
    ]);
  return { header, rows };
}

/** The table as CSV in a language's conventions (CSV_CONVENTIONS), with a byte-order mark. */
export function metricCsv(table: MetricTable, conventions: CsvConventions): string {
  return `\uFEFF${csv([table.header, ...table.rows], conventions)}`;
}

/** A cell of a workbook: text (guarded), a number (finite), or empty; a header is bold. */
export type SheetCell =
  { kind: 'text'; value: string; bold?: boolean } | { kind: 'number'; value: number } | null;

/**
 * The table as the rows of a worksheet: the metric's title, its unit, year and source above the
 * table (what a figure pasted into a report needs), then the header and the figures, numbers as
 * numbers. Text is guarded as in the CSV; a number that is not finite is an empty cell.
 */
export function metricSheet(
  table: MetricTable,
  input: MetricTableInput,
  words: TableWords,
): SheetCell[][] {
  const text = (value: string, bold = false): SheetCell => ({
    kind: 'text',
    value: guardText(value),
    ...(bold ? { bold } : {}),
  });
  const of = (value: CellValue): SheetCell =>
    typeof value === 'number'
      ? Number.isFinite(value)
        ? { kind: 'number', value }
        : null
      : value === null || value === undefined || value === ''
        ? null
        : text(value);
  return [
    [text(input.title, true)],
    [text(words.unit), input.unit ? text(input.unit) : null],
    [text(words.year), input.period ? text(input.period) : null],
    [text(words.source), text(input.source)],
    [],
    table.header.map((h) => text(h, true)),
    ...table.rows.map((row) => row.map(of)),
  ];
}

/**
 * A template for the user's own figures: the focus municipalities by kommunkod, with their names
 * and an empty column to fill in. Semicolons and a UTF-8 byte-order mark, so that Excel on a
 * Swedish computer opens it with "Umeå" intact and decimal commas work; the import reads it back.
 */
export function importTemplateCsv(
  municipalities: readonly Pick<Municipality, 'code' | 'name' | 'focus'>[],
): string {
  const rows = municipalities
    .filter((m) => m.focus) // a new array: sorting it leaves the caller's alone
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => [m.code, m.name, null]);
  return `\uFEFF${csv([['kommunkod', 'kommun', 'värde'], ...rows], CSV_CONVENTIONS.sv)}`;
}

/**
 * The dates of the built-in metrics' figures, for the workbook's year row (their source lines say
 * the same in words): the catalogue is the report of 2017, the population SCB's of 2016-12-31, the
 * land area SCB's of 2015-01-01.
 */
const BUILT_IN_PERIODS: Record<BuiltInMetricId, string> = {
  projects: '2017',
  projectsPer10k: '2017 / 2016-12-31',
  population: '2016-12-31',
  density: '2016-12-31 / 2015-01-01',
  arrivals: '2016',
};

/** The year or period of a metric's figures: an imported one's as typed, or its years' span. */
export function periodOf(
  metric: Pick<ResolvedMetric, 'builtIn' | 'imported' | 'countyValues'>,
  columns: readonly YearColumn[],
): string {
  const years = columns.flatMap((c) => (c.year === null ? [] : [c.year]));
  if (years.length > 1) return `${years[0]}–${years.at(-1)}`;
  if (metric.imported) return metric.imported.year;
  const county = metric.countyValues?.values().next().value;
  if (county) return String(county.year);
  return BUILT_IN_PERIODS[metric.builtIn ?? DEFAULT_METRIC];
}

/** What a download of the current metric writes: the table and what the workbook says of it. */
export function metricExport(
  municipalities: readonly Pick<Municipality, 'code' | 'name' | 'countyName' | 'focus'>[],
  metric: ResolvedMetric,
  text: { title: string; unit: string; source: string },
  words: TableWords,
): { input: MetricTableInput; table: MetricTable } {
  const columns = yearColumns(metric);
  // Over several years the measure's stored name heads each year's column ("Mottagna 2014"), not
  // the title of the year or change the map shows.
  const title = storedSeries(metric)?.name ?? text.title;
  const input = { ...text, title, period: periodOf(metric, columns), columns };
  return { input, table: metricTable(municipalities, input, words) };
}
