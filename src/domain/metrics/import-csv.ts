import Papa from 'papaparse';
import { cutText, foldText } from '../text';
import { regionResolver, type MunicipalityRef } from './regions';

/**
 * "1 124", "1 124" (no-break space), "3,5", "3.5", "-2", "12 345,67" → numbers; anything else
 * (empty, text, "1.2.3", "1,2,3") → null. A single comma or point is the decimal mark, as in
 * Swedish files; spaces may only group digits in threes.
 */
export function parseSwedishNumber(text: string): number | null {
  // Spreadsheets and Intl write no-break, narrow no-break or thin spaces, and a real minus sign.
  const normalized = normalizeCell(text).replace(/^\u2212/, '-');
  const match = /^([+-]?)(?:(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?|[.,](\d+))$/.exec(normalized);
  if (!match) return null;
  const [, sign, integer, fraction, onlyFraction] = match;
  const digits = `${(integer ?? '0').replace(/ /g, '')}.${fraction ?? onlyFraction ?? '0'}`;
  const value = Number(digits);
  return sign === '-' ? -value : value;
}

/** Empty, or printable ASCII that neither starts nor ends with a space. */
const PLAIN_ASCII = /^(?:[!-~](?:[ -~]*[!-~])?)?$/;
/** Zero-width space, non-joiner and joiner, word joiner, byte-order mark and soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * A cell as the user sees it: composed (NFC), without invisible characters, no-break and thin
 * spaces as plain spaces, trimmed. "Ume\u0061\u030a\u200b" and "Umeå\u00a0" are both "Umeå".
 */
export function normalizeCell(cell: string): string {
  // Most cells are plain ASCII with nothing to trim: leave them as they are (large files).
  if (PLAIN_ASCII.test(cell)) return cell;
  return cell
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
}

/** The encodings a table file is read in: what spreadsheets on Swedish computers write. */
export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedTable {
  text: string;
  encoding: TableEncoding;
}

/**
 * The text of a table file and the encoding it was read in. UTF-8, with or without a byte-order
 * mark, unless the bytes are not valid UTF-8 (a UTF-8 decode would yield U+FFFD): then
 * Windows-1252, which Excel writes by default on Swedish Windows ("Umeå" as the byte 0xE5), a
 * superset of Latin-1. UTF-16 is taken from its byte-order mark (Excel's "Unicode text").
 * A byte-order mark is not part of the text.
 */
export function decodeTableBytes(bytes: Uint8Array | ArrayBuffer): DecodedTable {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data[0] === 0xff && data[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(data), encoding: 'utf-16le' };
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(data), encoding: 'utf-16be' };
  }
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD (a U+FFFD
    // that the file really holds, as valid UTF-8, stays).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(data);
    return { text: text.replace(/[\u0080-\u009f]/g, windows1252C1), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (WHATWG index; 0x81, 0x8D, 0x8F, 0x90 and
 * 0x9D stay as they are). Browsers decode them so already; Node 20 (from 20.18.3) decodes the
 * label as Latin-1 and gives C1 controls (nodejs/node#60888), so "–" (0x96) would be lost.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252C1(ch: string): string {
  return WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80]!;
}

/**
 * Why a row or a cell was refused, as a code with the parameters the interface needs to say it
 * in the user's language (messages `import.reason.<code>`). Cell texts are cut to
 * {@link MAX_QUOTED_CELL} characters.
 */
export type RejectReason =
  /** The identifying column is empty on the row. */
  | { code: 'missingKey'; column: string }
  /** Neither a kommunkod nor a name of the list. */
  | { code: 'unknownMunicipality'; name: string }
  /** The municipality already had a row (`municipality` is "2480 Umeå"). */
  | { code: 'duplicate'; municipality: string; firstLine: number }
  /** A cell of a numeric column that is not a number. */
  | { code: 'notANumber'; column: string; value: string }
  /** A number too large to be a finite double (it would be stored as null and lost). */
  | { code: 'notFinite'; column: string; value: string }
  /** "Umeå,1,5" under a header of two columns: 1,5 was cut in two by the comma. */
  | { code: 'decimalCommaInCommaFile'; value: string }
  /** More filled cells than the header has columns: the cells cannot be placed. */
  | { code: 'tooManyCells'; expected: number; found: number };

export type RejectCode = RejectReason['code'];

export interface ImportColumn {
  name: string;
  /** kommunkod → value; a municipality without a value has no data. */
  values: Map<string, number>;
  /** Sweden ("00") and the counties (their codes) → value: references, not municipalities. */
  references: Map<string, number>;
}

export interface ImportRejection {
  /** 1-based line in the imported text. */
  line: number;
  reason: RejectReason;
}

export interface ImportResult {
  /** The header of the column that identified the municipalities. */
  keyColumn: string;
  columns: ImportColumn[];
  /** The first {@link MAX_LISTED_REJECTIONS} rejections, in line order. */
  rejected: ImportRejection[];
  /** Every rejection, listed or not. */
  rejectedCount: number;
  /** Rows whose municipality or reference was identified (and not a duplicate). */
  accepted: number;
  /** Rows for municipalities of Sweden outside the map: set aside without complaint. */
  outsideMap: string[];
}

/** Why a table could not be read at all (messages `import.failure.<code>`). */
export type ImportFailure =
  | { code: 'empty' }
  | { code: 'noKeyColumn'; found: string }
  /** A file larger than {@link MAX_IMPORT_BYTES}, in MB with one decimal. */
  | { code: 'tooLarge'; size: number; max: number }
  /** The browser could not read the file, or reading it failed unexpectedly. */
  | { code: 'unreadable'; message: string }
  /** The file names more years than a measure over time may have. */
  | { code: 'tooManyYears'; max: number }
  /** A table with regions and years but no column of numbers. */
  | { code: 'noValueColumn' }
  /** Text that starts like JSON but is not valid JSON. */
  | { code: 'badJson'; message: string }
  /** Valid JSON, but neither Kolada's answer nor JSON-stat. */
  | { code: 'unknownJson' }
  /** Kolada's answer of another shape: where and what (a zod issue, in English). */
  | { code: 'koladaShape'; path: string; problem: string }
  /** JSON-stat of a version other than 2.0 (PxWeb's older "json-stat" format). */
  | { code: 'jsonStatVersion'; version: string }
  /** JSON-stat 2.0 that is not a well-formed dataset: where and what. */
  | { code: 'jsonStatShape'; path: string; problem: string }
  /** A dimension the dataset lists in `id` but does not describe. */
  | { code: 'jsonStatMissingDimension'; dimension: string }
  /** A dataset with no dimension of regions, or none of years. */
  | { code: 'jsonStatNoRegion'; dimensions: string }
  | { code: 'jsonStatNoTime'; dimensions: string }
  /** A dataset whose values do not fill its dimensions (the product of `size`). */
  | { code: 'jsonStatSize'; expected: number; found: number }
  /** An Excel workbook without a sheet of data. */
  | { code: 'emptyWorkbook' };

/** Thrown when there is no header or no identifying column; the message is for logs. */
export class ImportTableError extends Error {
  constructor(
    readonly failure: ImportFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ImportTableError';
  }
}

/** How many rejections a result lists; the rest are only counted (the interface draws the list). */
export const MAX_LISTED_REJECTIONS = 200;
/** How much of a cell a rejection quotes. */
export const MAX_QUOTED_CELL = 60;

export function quoted(cell: string): string {
  return cell.length > MAX_QUOTED_CELL ? `${cutText(cell, MAX_QUOTED_CELL)}…` : cell;
}

/** Words of a header that mark the column naming the region, by code or by name. */
const KEY_WORDS = new Set([
  'kommunkod',
  'kommunnamn',
  'kod',
  'code',
  'kommun',
  'municipality',
  'namn',
  'name',
  // SCB's Statistikdatabasen headings.
  'knkod',
  'knnamn',
  'region',
  // Kolada's heading for municipalities and regions alike.
  'omrade',
]);

export function isKeyHeader(header: string): boolean {
  // Whole words only, so "Antal kommunmottagna" or "Kommunens yta" are not taken for the key.
  return foldText(header)
    .split(/[^a-z0-9]+/)
    .some((word) => KEY_WORDS.has(word));
}

/** Cells that spreadsheets and SCB use for "no data" rather than a value (SCB writes ".."). */
export function isMissing(cell: string): boolean {
  return cell === '' || cell === '..' || cell === '…';
}

/**
 * The delimiter, from the header line: field-count guessing (Papa's) is easily misled by decimal
 * commas in semicolon files, whereas a header rarely holds a delimiter of another kind.
 */
function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  const candidates = ['\t', ';', ','].map((ch) => ({ ch, n: count(ch) }));
  const best = candidates.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.ch : ',';
}

/**
 * The line the delimiter is read from: the first with more than white space, past a title that is
 * one quoted cell (SCB's CSV "med rubrik" starts with "Folkmängd efter region och år" and a blank
 * line). Reads only the first lines, never the whole text.
 */
function delimiterLine(text: string): string | undefined {
  const lines = /(?:[^\r\n]*(?:\r\n|\r|\n)){0,12}[^\r\n]*/.exec(text)![0].split(/\r\n|\r|\n/);
  const filled = lines.filter((line) => /\S/.test(line));
  return filled.find((line) => !/^\s*"[^"]*"\s*$/.test(line)) ?? filled[0];
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** How many cells up to the last filled one. */
export function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  return width;
}

const INTEGER_PART = /^[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*$|^[+\-\u2212]?\d+$/;

/**
 * Why a row with more filled cells than the header is refused. In a comma-separated file a
 * number followed by a cell of bare digits is a decimal comma that split "1,5" in two.
 */
export function widthReason(
  cells: readonly string[],
  headerWidth: number,
  delimiter: string,
  keyIndex: number,
): RejectReason {
  const found = filledWidth(cells);
  if (delimiter === ',') {
    for (let i = 0; i + 1 < cells.length; i++) {
      if (i === keyIndex) continue;
      const whole = normalizeCell(cells[i]!);
      const fraction = normalizeCell(cells[i + 1]!);
      if (INTEGER_PART.test(whole) && /^\d+$/.test(fraction)) {
        return { code: 'decimalCommaInCommaFile', value: quoted(`${whole},${fraction}`) };
      }
    }
  }
  return { code: 'tooManyCells', expected: headerWidth, found };
}

export interface ImportOptions {
  /**
   * Told how far the reading has come, from 0 to 1, a few dozen times for a large table (a 5 MB
   * file takes a few seconds): for a progress bar.
   */
  onProgress?: (fraction: number) => void;
}

/** Where the phases of a reading end, as fractions of the whole (measured on a 5 MB file). */
const PROGRESS = { parsed: 0.25, resolved: 0.75 } as const;
/** Rows between two reports of progress. */
const PROGRESS_STEP = 20_000;

export function progressReporter(onProgress: ((fraction: number) => void) | undefined) {
  const report = (fraction: number) => onProgress?.(fraction);
  /** Reports row `i` of `n`, of the phase from `from` to `to`, every PROGRESS_STEP rows. */
  report.every = (i: number, n: number, from: number, to: number) => {
    if (onProgress && i > 0 && i % PROGRESS_STEP === 0) onProgress(from + ((to - from) * i) / n);
  };
  return report;
}

/** Keeps the first rejections in line order and counts them all, in constant memory. */
class Rejections {
  readonly listed: ImportRejection[] = [];
  count = 0;
  add(line: number, reason: RejectReason): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_REJECTIONS) this.listed.push({ line, reason });
  }
}

/** A row of a table with its 1-based line in the text (a quoted cell may span several lines). */
export interface GridRow {
  line: number;
  cells: string[];
}

/** The rows of a table that hold something, and the delimiter they were split by. */
export interface Grid {
  rows: GridRow[];
  /** The delimiter of a text; null for the rows of a workbook. */
  delimiter: string | null;
}

/**
 * Splits a table text into rows: comma, semicolon or tab, detected; a byte-order mark dropped;
 * empty and separator-only lines (";;;", as spreadsheets write them) left out. Throws an
 * {@link ImportTableError} for a text with nothing in it.
 */
export function parseGrid(text: string): Grid {
  const source = text.replace(/^\uFEFF/, '');
  const line = delimiterLine(source);
  if (line === undefined) throw emptyTable();
  const delimiter = detectDelimiter(line);
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  // Line of each row: a quoted cell may span several lines, so count the breaks inside cells.
  let nextLine = 1;
  const rows = parsed.data.map((cells) => {
    const row = { line: nextLine, cells };
    nextLine += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
    return row;
  });
  const filled = rows.filter((row) => row.cells.some((cell) => normalizeCell(cell) !== ''));
  if (filled.length === 0) throw emptyTable();
  return { rows: filled, delimiter };
}

/** How many rows above the header a title and notes may take (SCB's and Kolada's exports). */
const MAX_LINES_ABOVE_HEADER = 20;

/** A table's header, the rows under it, and a title above it if there is one. */
export interface HeadedTable {
  header: GridRow;
  body: GridRow[];
  /** A line of one cell above the header: SCB's "Folkmängd efter region och år". */
  title: string | null;
}

/**
 * Finds the header: the first row of at least two cells with one naming the region (kommun,
 * kommunkod, region, område …), within the first rows; without one, the first row (which then
 * names no key column, and the reader says so).
 */
export function headedTable(rows: readonly GridRow[]): HeadedTable {
  const index = rows.slice(0, MAX_LINES_ABOVE_HEADER).findIndex((row) => {
    const cells = row.cells.map(normalizeCell);
    return cells.filter((c) => c !== '').length >= 2 && cells.some(isKeyHeader);
  });
  const at = Math.max(index, 0);
  const above = rows.slice(0, at).map((row) => row.cells.map(normalizeCell).filter(Boolean));
  const title = above.find((cells) => cells.length === 1)?.[0] ?? null;
  return { header: rows[at]!, body: rows.slice(at + 1), title };
}

/** The column naming the region, or the failure that says none does. */
export function keyColumn(headers: readonly string[]): number {
  const keyIndex = headers.findIndex(isKeyHeader);
  if (keyIndex >= 0) return keyIndex;
  const found = headers.map((h) => `"${h}"`).join(', ');
  throw new ImportTableError(
    { code: 'noKeyColumn', found: quoted(found) },
    `No column identifies the municipality: name one column "kommunkod", "kod", "code", ` +
      `"kommun", "municipality", "namn" or "name" (found: ${found}).`,
  );
}

interface BodyRow {
  line: number;
  cells: string[];
  /** The municipality ("m:2480") or reference ("r:25"), when the row is accepted. */
  key: string | null;
  /** Why the row as a whole was refused. */
  reason: RejectReason | null;
}

/**
 * Reads a table of figures per municipality: a CSV file or cells pasted from a spreadsheet
 * (comma, semicolon or tab; detected). The first row is the header (SCB's title line above it is
 * passed over); the first column named like kommunkod/kod/code/kommun/municipality/namn/name/
 * region identifies the municipality, by code or by name (invisible characters and spacing
 * ignored). Rows for Sweden and the counties are kept apart as references; rows for
 * municipalities of Sweden outside the map are set aside without complaint. Every other column
 * with at least one number becomes a numeric column. Bad rows and cells are reported with their
 * line, never guessed: a decimal comma in a comma-separated file, a row wider than the header, a
 * number too large to keep. An empty cell is no data, not an error. Runs in time linear in the
 * text; the list of rejections is capped (see {@link ImportResult.rejectedCount}).
 * Throws an {@link ImportTableError} only when there is no header or no key column.
 */
export function importTable(
  text: string,
  municipalities: readonly MunicipalityRef[],
  options: ImportOptions = {},
): ImportResult {
  const progress = progressReporter(options.onProgress);
  const grid = parseGrid(text);
  progress(PROGRESS.parsed);
  return importRows(headedTable(grid.rows), grid.delimiter, municipalities, progress);
}

/** {@link importTable} on rows already split (a text's, or a workbook's with no delimiter). */
export function importRows(
  { header, body }: HeadedTable,
  delimiter: string | null,
  municipalities: readonly MunicipalityRef[],
  progress = progressReporter(undefined),
): ImportResult {
  const headers = header.cells.map(normalizeCell);
  const headerWidth = filledWidth(headers);
  const keyIndex = keyColumn(headers);

  const resolve = regionResolver(municipalities);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const firstLineOf = new Map<string, number>();
  const outsideMap: string[] = [];

  const bodyRows: BodyRow[] = body.map(({ line, cells }, i) => {
    progress.every(i, body.length, PROGRESS.parsed, PROGRESS.resolved);
    const refuse = (reason: RejectReason): BodyRow => ({ line, cells, key: null, reason });
    const cell = normalizeCell(cells[keyIndex] ?? '');
    if (cell === '') return refuse({ code: 'missingKey', column: headers[keyIndex]! });
    const region = resolve(cell);
    if (region.kind === 'unknown')
      return refuse({ code: 'unknownMunicipality', name: quoted(cell) });
    if (region.kind === 'outside') {
      outsideMap.push(quoted(cell));
      return { line, cells, key: null, reason: null };
    }
    if (filledWidth(cells) > Math.max(headerWidth, keyIndex + 1)) {
      return refuse(widthReason(cells, headerWidth, delimiter ?? '', keyIndex));
    }
    const key = `${region.kind === 'municipality' ? 'm' : 'r'}:${region.code}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      const municipality = [region.code, names.get(region.code)].filter(Boolean).join(' ');
      return refuse({ code: 'duplicate', municipality, firstLine: first });
    }
    firstLineOf.set(key, line);
    return { line, cells, key, reason: null };
  });
  const accepted = bodyRows.filter((row) => row.key !== null);

  const valueOf = (row: BodyRow, index: number) => {
    const cell = normalizeCell(row.cells[index] ?? '');
    return { cell, value: isMissing(cell) ? null : parseSwedishNumber(cell) };
  };
  // Other identifying columns (a kommunkod beside the names) are not data either, nor is a text
  // column (county names and the like): it is left out without complaint.
  const numericIndexes = headers
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => index !== keyIndex && !isKeyHeader(name))
    .filter(({ index }) => accepted.some((row) => valueOf(row, index).value !== null));

  const rejections = new Rejections();
  const columns: ImportColumn[] = numericIndexes.map(({ name, index }) => ({
    name: name || `column ${index + 1}`,
    values: new Map<string, number>(),
    references: new Map<string, number>(),
  }));
  // Row by row, so the rejections come in line order without sorting.
  for (const [i, row] of bodyRows.entries()) {
    progress.every(i, bodyRows.length, PROGRESS.resolved, 1);
    if (row.key === null) {
      if (row.reason) rejections.add(row.line, row.reason);
      continue;
    }
    const code = row.key.slice(2);
    numericIndexes.forEach(({ index }, c) => {
      const { cell, value } = valueOf(row, index);
      const column = columns[c]!;
      if (value !== null && Number.isFinite(value)) {
        (row.key!.startsWith('m:') ? column.values : column.references).set(code, value);
      } else if (value !== null) {
        rejections.add(row.line, { code: 'notFinite', column: column.name, value: quoted(cell) });
      } else if (!isMissing(cell)) {
        rejections.add(row.line, { code: 'notANumber', column: column.name, value: quoted(cell) });
      }
    });
  }

  progress(1);
  return {
    keyColumn: headers[keyIndex]!,
    // A column whose every number was refused holds nothing to show.
    columns: columns.filter((column) => column.values.size + column.references.size > 0),
    rejected: rejections.listed,
    rejectedCount: rejections.count,
    accepted: accepted.length,
    outsideMap,
  };
}

function emptyTable(): ImportTableError {
  return new ImportTableError({ code: 'empty' }, 'The table is empty: a header row is required.');
}
