import Papa from 'papaparse';
import { cutText, foldText } from '../text';

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
  /** Rows whose municipality was identified (and not a duplicate). */
  accepted: number;
}

/** Why a table could not be read at all (messages `import.failure.<code>`). */
export type ImportFailure =
  | { code: 'empty' }
  | { code: 'noKeyColumn'; found: string }
  /** A file larger than {@link MAX_IMPORT_BYTES}, in MB with one decimal. */
  | { code: 'tooLarge'; size: number; max: number }
  /** The browser could not read the file, or reading it failed unexpectedly. */
  | { code: 'unreadable'; message: string };

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

function quoted(cell: string): string {
  return cell.length > MAX_QUOTED_CELL ? `${cutText(cell, MAX_QUOTED_CELL)}…` : cell;
}

interface MunicipalityRef {
  code: string;
  name: string;
}

/** Words of a header that mark the column naming the municipality, by code or by name. */
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
]);

function isKeyHeader(header: string): boolean {
  // Whole words only, so "Antal kommunmottagna" or "Kommunens yta" are not taken for the key.
  return foldText(header)
    .split(/[^a-z0-9]+/)
    .some((word) => KEY_WORDS.has(word));
}

/** Cells that spreadsheets and SCB use for "no data" rather than a value (SCB writes ".."). */
function isMissing(cell: string): boolean {
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

/** The first line with more than white space, without splitting the whole text into lines. */
function firstNonBlankLine(text: string): string | undefined {
  const lines = /[^\r\n]*\S[^\r\n]*/.exec(text);
  return lines?.[0];
}

/** Resolves a key cell (code, "2480 Umeå", name, "Umeå kommun", "Bodens kommun") to a kommunkod. */
function municipalityResolver(municipalities: readonly MunicipalityRef[]) {
  const codes = new Set(municipalities.map((m) => m.code));
  const byName = new Map(municipalities.map((m) => [foldText(normalizeCell(m.name)), m.code]));
  return (text: string): string | null => {
    const code = /^(\d{3,4})(?:\s+\S.*)?$/.exec(text)?.[1];
    if (code !== undefined) {
      // Spreadsheets drop the leading zero of codes such as 0114.
      const padded = code.padStart(4, '0');
      return codes.has(padded) ? padded : null;
    }
    const folded = foldText(text);
    const exact = byName.get(folded);
    if (exact) return exact;
    const stem = /^(.+?) (?:kommun|stad|municipality)$/.exec(folded)?.[1];
    if (!stem) return null;
    // "Bodens kommun", "Arvidsjaurs kommun": the official names are in the genitive.
    return (
      byName.get(stem) ?? (stem.endsWith('s') ? byName.get(stem.slice(0, -1)) : undefined) ?? null
    );
  };
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** How many cells up to the last filled one. */
function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  return width;
}

const INTEGER_PART = /^[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*$|^[+\-\u2212]?\d+$/;

/**
 * Why a row with more filled cells than the header is refused. In a comma-separated file a
 * number followed by a cell of bare digits is a decimal comma that split "1,5" in two.
 */
function widthReason(
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

function progressReporter(onProgress: ((fraction: number) => void) | undefined) {
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

interface BodyRow {
  line: number;
  cells: string[];
  /** The municipality, when the row is accepted. */
  code: string | null;
  /** Why the row as a whole was refused. */
  reason: RejectReason | null;
}

/**
 * Reads a table of figures per municipality: a CSV file or cells pasted from a spreadsheet
 * (comma, semicolon or tab; detected). The first row is the header; the first column named like
 * kommunkod/kod/code/kommun/municipality/namn/name identifies the municipality, by code or by
 * name (invisible characters and spacing ignored). Every other column with at least one number
 * becomes a numeric column. Bad rows and cells are reported with their line, never guessed: a
 * decimal comma in a comma-separated file, a row wider than the header, a number too large to
 * keep. An empty cell is no data, not an error. Runs in time linear in the text; the list of
 * rejections is capped (see {@link ImportResult.rejectedCount}).
 * Throws an {@link ImportTableError} only when there is no header or no key column.
 */
export function importTable(
  text: string,
  municipalities: readonly MunicipalityRef[],
  options: ImportOptions = {},
): ImportResult {
  const progress = progressReporter(options.onProgress);
  const source = text.replace(/^\uFEFF/, '');
  const headerLine = firstNonBlankLine(source);
  if (headerLine === undefined) throw emptyTable();

  const delimiter = detectDelimiter(headerLine);
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  progress(PROGRESS.parsed);

  // Line of each row: a quoted cell may span several lines, so count the breaks inside cells.
  let nextLine = 1;
  const rows = parsed.data.map((cells) => {
    const line = nextLine;
    nextLine += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
    return { line, cells };
  });
  // Spreadsheet exports often add separator-only lines (";;;"): treat them as empty lines.
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => normalizeCell(cell) !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw emptyTable();

  const headers = header.cells.map(normalizeCell);
  const headerWidth = filledWidth(headers);
  const keyIndex = headers.findIndex(isKeyHeader);
  if (keyIndex < 0) {
    const found = headers.map((h) => `"${h}"`).join(', ');
    throw new ImportTableError(
      { code: 'noKeyColumn', found: quoted(found) },
      `No column identifies the municipality: name one column "kommunkod", "kod", "code", ` +
        `"kommun", "municipality", "namn" or "name" (found: ${found}).`,
    );
  }

  const resolve = municipalityResolver(municipalities);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const firstLineOf = new Map<string, number>();

  const bodyRows: BodyRow[] = body.map(({ line, cells }, i) => {
    progress.every(i, body.length, PROGRESS.parsed, PROGRESS.resolved);
    const refuse = (reason: RejectReason): BodyRow => ({ line, cells, code: null, reason });
    const key = normalizeCell(cells[keyIndex] ?? '');
    if (key === '') return refuse({ code: 'missingKey', column: headers[keyIndex]! });
    const code = resolve(key);
    if (code === null) return refuse({ code: 'unknownMunicipality', name: quoted(key) });
    if (filledWidth(cells) > Math.max(headerWidth, keyIndex + 1)) {
      return refuse(widthReason(cells, headerWidth, delimiter, keyIndex));
    }
    const first = firstLineOf.get(code);
    if (first !== undefined) {
      const municipality = [code, names.get(code)].filter(Boolean).join(' ');
      return refuse({ code: 'duplicate', municipality, firstLine: first });
    }
    firstLineOf.set(code, line);
    return { line, cells, code, reason: null };
  });
  const accepted = bodyRows.filter((row) => row.code !== null);

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
  }));
  // Row by row, so the rejections come in line order without sorting.
  for (const [i, row] of bodyRows.entries()) {
    progress.every(i, bodyRows.length, PROGRESS.resolved, 1);
    if (row.code === null) {
      rejections.add(row.line, row.reason!);
      continue;
    }
    numericIndexes.forEach(({ index }, c) => {
      const { cell, value } = valueOf(row, index);
      const column = columns[c]!;
      if (value !== null && Number.isFinite(value)) column.values.set(row.code!, value);
      else if (value !== null) {
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
    columns: columns.filter((column) => column.values.size > 0),
    rejected: rejections.listed,
    rejectedCount: rejections.count,
    accepted: accepted.length,
  };
}

function emptyTable(): ImportTableError {
  return new ImportTableError({ code: 'empty' }, 'The table is empty: a header row is required.');
}
