import { foldText } from '../text';
import {
  filledWidth,
  ImportTableError,
  importRows,
  isKeyHeader,
  isMissing,
  keyColumn,
  normalizeCell,
  parseSwedishNumber,
  progressReporter,
  quoted,
  widthReason,
  type GridRow,
  type HeadedTable,
  type ImportResult,
} from './import-csv';
import { regionResolver, type MunicipalityRef } from './regions';
import { parseYear, type Gender, type SeriesMeta } from './series';
import {
  genderOf,
  MAX_OUTSIDE_EXAMPLES,
  regionLabeller,
  SeriesCollector,
  type KeptRegion,
  type Place,
  type SeriesImport,
} from './series-import';

/**
 * Tables of figures over time, as SCB's Statistikdatabas (PxWeb) and Kolada export them, and the
 * plain kommunkod;value table: the layout is recognised from the header.
 *  - long: a year column ("år", "year", "period", "tid"): one row per region and year, the values
 *    in the columns of numbers (SCB's "region;år;Folkmängd", Kolada's "Kommun;År;Kön;Värde");
 *  - wide: two or more years as columns ("2016", "Folkmängd 2016"): one row per region (SCB's
 *    default);
 *  - otherwise the plain table of one or more columns without a year ({@link importRows}).
 * Further columns of words (SCB's "ålder", "kön"; Kolada's KPI and gender) single out measures;
 * a column of words that only repeats each region's own attribute (its county) is left aside.
 */

/** Headers, folded to letters and digits, that mark a column of years in a long table. */
const YEAR_HEADERS = new Set(['ar', 'artal', 'year', 'years', 'period', 'tid', 'time']);
const GENDER_HEADERS = new Set(['kon', 'gender', 'sex']);
/** Kolada's KPI id column ("N01951"). */
const KPI_HEADERS = new Set(['kpi', 'kpiid', 'nyckeltalsid', 'nyckeltalid', 'idnyckeltal']);
/** Kolada's KPI title column ("Invånare totalt, antal"). */
const TITLE_HEADERS = new Set(['nyckeltal', 'kpititle', 'title', 'titel', 'matt', 'indicator']);
/** Value headers that name nothing ("Värde"): the measure is then named by its KPI or title. */
const GENERIC_VALUE_HEADERS = new Set(['varde', 'value', 'values', 'varden', 'data']);

const folded = (header: string) => foldText(header).replace(/[^a-z0-9]/g, '');

/** "2016" or "Folkmängd 2016": a year at the end of a header, after a space or alone. */
const YEAR_AT_END = /^(?:(.*?)[\s:]+)?(\d{4})$/;

/** The measure's name in SCB's title: "Folkmängd efter region och år" is "Folkmängd". */
function nameOfTitle(title: string | null): string {
  if (!title) return '';
  return title.replace(/\s+(?:efter|by)\s.*$/i, '').trim();
}

type ColumnRole =
  | { role: 'key' }
  | { role: 'year' }
  | { role: 'gender' }
  | { role: 'kpi' }
  | { role: 'title' }
  | { role: 'yearColumn'; prefix: string; yearText: string }
  | { role: 'values' }
  | { role: 'words' }
  | { role: 'empty' };

interface Column {
  index: number;
  header: string;
  kind: ColumnRole;
}

/** Whether any cell of the column (in the rows given) is a number. */
function hasNumbers(rows: readonly GridRow[], index: number): boolean {
  return rows.some((row) => {
    const cell = normalizeCell(row.cells[index] ?? '');
    return !isMissing(cell) && parseSwedishNumber(cell) !== null;
  });
}

function hasWords(rows: readonly GridRow[], index: number): boolean {
  return rows.some((row) => normalizeCell(row.cells[index] ?? '') !== '');
}

function columnsOf(headers: readonly string[], body: readonly GridRow[], keyIndex: number) {
  return headers.map((header, index): Column => {
    const name = folded(header);
    const role = (kind: ColumnRole): Column => ({ index, header, kind });
    if (index === keyIndex || isKeyHeader(header)) return role({ role: 'key' });
    if (YEAR_HEADERS.has(name)) return role({ role: 'year' });
    if (GENDER_HEADERS.has(name)) return role({ role: 'gender' });
    if (KPI_HEADERS.has(name)) return role({ role: 'kpi' });
    if (TITLE_HEADERS.has(name)) return role({ role: 'title' });
    const year = YEAR_AT_END.exec(header);
    if (year) return role({ role: 'yearColumn', prefix: year[1] ?? '', yearText: year[2]! });
    if (hasNumbers(body, index)) return role({ role: 'values' });
    return role({ role: hasWords(body, index) ? 'words' : 'empty' });
  });
}

/**
 * Columns of words that single out measures (SCB's "ålder"), without those that merely repeat
 * an attribute of the region (a county's name beside each municipality): such a column has one
 * value per region and differs between regions.
 */
function qualifierColumns(
  columns: readonly Column[],
  body: readonly GridRow[],
  keyIndex: number,
): Column[] {
  return columns
    .filter((c) => c.kind.role === 'words')
    .filter((c) => {
      const byRegion = new Map<string, string>();
      const distinct = new Set<string>();
      for (const row of body) {
        const region = normalizeCell(row.cells[keyIndex] ?? '');
        const value = normalizeCell(row.cells[c.index] ?? '');
        distinct.add(value);
        const seen = byRegion.get(region);
        if (seen !== undefined && seen !== value) return true;
        byRegion.set(region, value);
      }
      return distinct.size <= 1 || byRegion.size <= 1;
    });
}

/** Drops qualifiers that are the same for every measure: they single nothing out. */
function varyingQualifiers(result: SeriesImport): SeriesImport {
  const measures = result.measures;
  const width = Math.max(0, ...measures.map((m) => m.qualifiers.length));
  const varying = Array.from({ length: width }, (_, i) => i).filter(
    (i) => new Set(measures.map((m) => m.qualifiers[i])).size > 1,
  );
  return {
    ...result,
    measures: measures.map((m) => ({ ...m, qualifiers: varying.map((i) => m.qualifiers[i]!) })),
  };
}

interface RowContext {
  headers: string[];
  headerWidth: number;
  keyIndex: number;
  delimiter: string | null;
  resolve: ReturnType<typeof regionResolver>;
  collector: SeriesCollector;
}

/**
 * The region of a row, or null when the row is set aside (with its reason, or counted as outside
 * the map). A row of one cell that names no region is a note under the table, said so.
 */
function regionOfRow(row: GridRow, ctx: RowContext): KeptRegion | null {
  const at: Place = { kind: 'line', line: row.line };
  const cell = normalizeCell(row.cells[ctx.keyIndex] ?? '');
  if (cell === '') {
    ctx.collector.reject(at, { code: 'missingKey', column: ctx.headers[ctx.keyIndex]! });
    return null;
  }
  const region = ctx.resolve(cell);
  if (region.kind === 'outside') {
    ctx.collector.outsideMap(cell);
    return null;
  }
  if (region.kind === 'unknown') {
    const alone = row.cells.filter((c) => normalizeCell(c) !== '').length === 1;
    ctx.collector.reject(
      at,
      alone
        ? { code: 'textLine', text: quoted(cell) }
        : { code: 'unknownMunicipality', name: quoted(cell) },
    );
    return null;
  }
  if (filledWidth(row.cells) > Math.max(ctx.headerWidth, ctx.keyIndex + 1)) {
    ctx.collector.reject(
      at,
      widthReason(row.cells, ctx.headerWidth, ctx.delimiter ?? '', ctx.keyIndex),
    );
    return null;
  }
  return region;
}

/** A value cell: a number, null for "no data" ("", "..", "…"), or a rejection (false). */
function valueOfCell(
  cell: string,
  column: string,
  at: Place,
  collector: SeriesCollector,
): number | null | false {
  if (isMissing(cell)) return null;
  const value = parseSwedishNumber(cell);
  if (value === null) {
    collector.reject(at, { code: 'notANumber', column, value: quoted(cell) });
    return false;
  }
  if (!Number.isFinite(value)) {
    collector.reject(at, { code: 'notFinite', column, value: quoted(cell) });
    return false;
  }
  return value;
}

/**
 * The gender of a row with a gender column (null without one), or false when the row is set aside
 * for a gender other than total, women and men.
 */
function genderOfRow(
  row: GridRow,
  column: Column | undefined,
  collector: SeriesCollector,
): Gender | null | false {
  if (!column) return null;
  const cell = normalizeCell(row.cells[column.index] ?? '');
  const gender = genderOf(cell);
  if (gender === null) {
    collector.reject(
      { kind: 'line', line: row.line },
      { code: 'unknownGender', value: quoted(cell) },
    );
    return false;
  }
  return gender;
}

function addValue(
  collector: SeriesCollector,
  meta: SeriesMeta,
  region: KeptRegion,
  year: number,
  value: number | null,
  at: Place,
) {
  const duplicate = collector.add(meta, region, year, value, at);
  if (duplicate) collector.reject(at, collector.duplicate(region, year, duplicate.first));
}

/**
 * Reads a table (a CSV text's rows, or an Excel sheet's) as measures over time, recognising its
 * layout; a table without years comes back as one undated column per measure.
 * Throws an {@link ImportTableError} when no column names the region, a table of years has no
 * column of numbers, or the file names more years than a series may have.
 */
export function readTableSeries(
  table: HeadedTable,
  delimiter: string | null,
  municipalities: readonly MunicipalityRef[],
  onProgress?: (fraction: number) => void,
): SeriesImport {
  const progress = progressReporter(onProgress);
  const headers = table.header.cells.map(normalizeCell);
  const keyIndex = keyColumn(headers);
  const columns = columnsOf(headers, table.body, keyIndex);
  const yearColumn = columns.find((c) => c.kind.role === 'year');
  const yearColumns = columns.filter((c) => c.kind.role === 'yearColumn');

  const collector = new SeriesCollector(regionLabeller(municipalities));
  const ctx: RowContext = {
    headers,
    headerWidth: filledWidth(headers),
    keyIndex,
    delimiter,
    resolve: regionResolver(municipalities),
    collector,
  };
  if (yearColumn) {
    readLong(table, ctx, columns, yearColumn, progress);
    return varyingQualifiers(collector.result('long-table', table.title));
  }
  // One column named with a year ("Mottagna 2016") is today's plain table, as it always was read.
  if (yearColumns.length >= 2) {
    readWide(table, ctx, columns, progress);
    return varyingQualifiers(collector.result('wide-table', table.title));
  }
  return undatedImport(importRows(table, delimiter, municipalities, progress), table.title);
}

function readLong(
  { body }: HeadedTable,
  ctx: RowContext,
  columns: readonly Column[],
  yearColumn: Column,
  progress: ReturnType<typeof progressReporter>,
) {
  const { collector } = ctx;
  const of = (role: ColumnRole['role']) => columns.find((c) => c.kind.role === role);
  const [gender, kpi, title] = [of('gender'), of('kpi'), of('title')];
  // A year-ending header in a long table ("Folkmängd 2016") is a column of values all the same.
  const values = columns.filter((c) => ['values', 'yearColumn'].includes(c.kind.role));
  if (values.length === 0) {
    throw new ImportTableError(
      { code: 'noValueColumn' },
      'The table has regions and years but no column of numbers.',
    );
  }
  const qualifiers = qualifierColumns(columns, body, ctx.keyIndex);
  const fromKolada = kpi !== undefined;
  for (const [i, row] of body.entries()) {
    progress.every(i, body.length, 0.25, 1);
    const region = regionOfRow(row, ctx);
    if (!region) continue;
    const at: Place = { kind: 'line', line: row.line };
    const cell = (c: Column | undefined) => (c ? normalizeCell(row.cells[c.index] ?? '') : '');
    const yearText = cell(yearColumn);
    if (/^\d+$/.test(yearText)) collector.noteYear(yearText);
    const year = parseYear(yearText);
    if ('code' in year) {
      collector.reject(at, year);
      continue;
    }
    const rowGender = genderOfRow(row, gender, collector);
    if (rowGender === false) continue;
    for (const column of values) {
      const header = column.header;
      const named = !GENERIC_VALUE_HEADERS.has(folded(header));
      const meta: SeriesMeta = {
        name: named ? header : cell(title) || cell(kpi) || header,
        code: cell(kpi) || null,
        unit: '',
        source: fromKolada ? 'Kolada' : '',
        gender: rowGender,
        qualifiers: qualifiers.map(cell),
      };
      const value = valueOfCell(cell(column), header, { ...at, column: header }, collector);
      if (value === false) continue;
      addValue(collector, meta, region, year.year, value, at);
    }
  }
  progress(1);
}

function readWide(
  { body, header, title }: HeadedTable,
  ctx: RowContext,
  columns: readonly Column[],
  progress: ReturnType<typeof progressReporter>,
) {
  const { collector } = ctx;
  const years: { column: Column; year: number; name: string }[] = [];
  const headerAt = (column: Column): Place => ({
    kind: 'line',
    line: header.line,
    column: column.header,
  });
  for (const column of columns) {
    if (column.kind.role === 'yearColumn') {
      collector.noteYear(column.kind.yearText);
      const year = parseYear(column.kind.yearText);
      if (!('code' in year)) {
        const name = column.kind.prefix.trim() || nameOfTitle(title);
        years.push({ column, year: year.year, name });
      } else collector.reject(headerAt(column), year);
    } else if (column.kind.role === 'values') {
      // A column of numbers among the years: its header should have been a year ("20x6").
      collector.reject(
        headerAt(column),
        /\d/.test(column.header)
          ? { code: 'notAYear', value: quoted(column.header) }
          : { code: 'columnWithoutYear', column: quoted(column.header) },
      );
    }
  }
  const gender = columns.find((c) => c.kind.role === 'gender');
  const qualifiers = qualifierColumns(columns, body, ctx.keyIndex);
  for (const [i, row] of body.entries()) {
    progress.every(i, body.length, 0.25, 1);
    const region = regionOfRow(row, ctx);
    if (!region) continue;
    const at: Place = { kind: 'line', line: row.line };
    const cell = (c: Column) => normalizeCell(row.cells[c.index] ?? '');
    const rowGender = genderOfRow(row, gender, collector);
    if (rowGender === false) continue;
    for (const { column, year, name } of years) {
      const meta: SeriesMeta = {
        ...blankMeta(name),
        gender: rowGender,
        qualifiers: qualifiers.map(cell),
      };
      const value = valueOfCell(
        cell(column),
        column.header,
        { ...at, column: column.header },
        collector,
      );
      if (value === false) continue;
      addValue(collector, meta, region, year, value, at);
    }
  }
  progress(1);
}

function blankMeta(name: string): SeriesMeta {
  return { name, code: null, unit: '', source: '', gender: null, qualifiers: [] };
}

/** The plain table's columns as measures without a year: the user names it. */
function undatedImport(result: ImportResult, title: string | null): SeriesImport {
  return {
    format: 'kommun-table',
    title,
    measures: result.columns.map((column) => ({
      ...blankMeta(column.name),
      years: null,
      municipalities: Object.fromEntries([...column.values].map(([code, v]) => [code, [v]])),
      references: Object.fromEntries([...column.references].map(([code, v]) => [code, [v]])),
    })),
    rejected: result.rejected.map(({ line, reason }) => ({ at: { kind: 'line', line }, reason })),
    rejectedCount: result.rejectedCount,
    outsideMap: {
      count: result.outsideMap.length,
      examples: result.outsideMap.slice(0, MAX_OUTSIDE_EXAMPLES),
    },
    notes: [],
  };
}
