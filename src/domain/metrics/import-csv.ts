import Papa from 'papaparse';
import { foldText } from '../text';

/**
 * "1 124", "1 124" (no-break space), "3,5", "3.5", "-2", "12 345,67" → numbers; anything else
 * (empty, text, "1.2.3", "1,2,3") → null. A single comma or point is the decimal mark, as in
 * Swedish files; spaces may only group digits in threes.
 */
export function parseSwedishNumber(text: string): number | null {
  const normalized = text
    .trim()
    // Spreadsheets and Intl write no-break, narrow no-break or thin spaces, and a real minus sign.
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/^\u2212/, '-');
  const match = /^([+-]?)(?:(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?|[.,](\d+))$/.exec(normalized);
  if (!match) return null;
  const [, sign, integer, fraction, onlyFraction] = match;
  const digits = `${(integer ?? '0').replace(/ /g, '')}.${fraction ?? onlyFraction ?? '0'}`;
  const value = Number(digits);
  return sign === '-' ? -value : value;
}

export type RejectReason = 'unknown-municipality' | 'not-a-number' | 'duplicate' | 'missing-key';

export interface ImportColumn {
  name: string;
  /** kommunkod → value; a municipality without a value has no data. */
  values: Map<string, number>;
}

export interface ImportRejection {
  /** 1-based line in the imported text. */
  line: number;
  reason: RejectReason;
  detail: string;
}

export interface ImportResult {
  /** The header of the column that identified the municipalities. */
  keyColumn: string;
  columns: ImportColumn[];
  rejected: ImportRejection[];
  /** Rows whose municipality was identified (and not a duplicate). */
  accepted: number;
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
  const trimmed = cell.trim();
  return trimmed === '' || trimmed === '..' || trimmed === '…';
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

/** Resolves a key cell (code, "2480 Umeå", name, "Umeå kommun", "Bodens kommun") to a kommunkod. */
function municipalityResolver(municipalities: readonly MunicipalityRef[]) {
  const codes = new Set(municipalities.map((m) => m.code));
  const byName = new Map(municipalities.map((m) => [foldText(m.name), m.code]));
  return (cell: string): string | null => {
    const text = cell.trim();
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

/**
 * Reads a table of figures per municipality: a CSV file or cells pasted from a spreadsheet
 * (comma, semicolon or tab; detected). The first row is the header; the first column named like
 * kommunkod/kod/code/kommun/municipality/namn/name identifies the municipality, by code or by
 * name. Every other column with at least one number becomes a numeric column. Bad rows and
 * cells are reported with their line, never guessed; an empty cell is no data, not an error.
 * Throws only when there is no header or no key column.
 */
export function importTable(
  text: string,
  municipalities: readonly MunicipalityRef[],
): ImportResult {
  const source = text.replace(/^\uFEFF/, '');
  const headerLine = source.split(/\r\n|\r|\n/).find((line) => line.trim() !== '');
  if (headerLine === undefined) throw new Error('The table is empty: a header row is required.');

  const parsed = Papa.parse<string[]>(source, {
    delimiter: detectDelimiter(headerLine),
    skipEmptyLines: false,
  });

  // Line of each row: a quoted cell may span several lines, so count the breaks inside cells.
  let nextLine = 1;
  const rows = parsed.data.map((cells) => {
    const line = nextLine;
    nextLine += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
    return { line, cells };
  });
  // Spreadsheet exports often add separator-only lines (";;;"): treat them as empty lines.
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new Error('The table is empty: a header row is required.');

  const headers = header.cells.map((cell) => cell.trim());
  const keyIndex = headers.findIndex(isKeyHeader);
  if (keyIndex < 0) {
    throw new Error(
      `No column identifies the municipality: name one column "kommunkod", "kod", "code", ` +
        `"kommun", "municipality", "namn" or "name" (found: ${headers.map((h) => `"${h}"`).join(', ')}).`,
    );
  }

  const resolve = municipalityResolver(municipalities);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const rejected: ImportRejection[] = [];
  const firstLineOf = new Map<string, number>();
  const acceptedRows: { line: number; code: string; cells: string[] }[] = [];

  for (const { line, cells } of body) {
    const key = (cells[keyIndex] ?? '').trim();
    if (key === '') {
      rejected.push({
        line,
        reason: 'missing-key',
        detail: `no municipality in "${headers[keyIndex]}"`,
      });
      continue;
    }
    const code = resolve(key);
    if (code === null) {
      rejected.push({ line, reason: 'unknown-municipality', detail: `"${key}"` });
      continue;
    }
    const first = firstLineOf.get(code);
    if (first !== undefined) {
      rejected.push({
        line,
        reason: 'duplicate',
        detail: `${[code, names.get(code)].filter(Boolean).join(' ')} already on line ${first}`,
      });
      continue;
    }
    firstLineOf.set(code, line);
    acceptedRows.push({ line, code, cells });
  }

  const columns: ImportColumn[] = [];
  headers.forEach((name, index) => {
    // Other identifying columns (a kommunkod beside the names) are not data either.
    if (index === keyIndex || isKeyHeader(name)) return;
    const parsedCells = acceptedRows.map((row) => {
      const cell = row.cells[index] ?? '';
      return { row, cell, value: isMissing(cell) ? null : parseSwedishNumber(cell) };
    });
    // A text column (county names and the like) is not data: leave it out without complaint.
    if (!parsedCells.some((c) => c.value !== null)) return;
    const values = new Map<string, number>();
    for (const { row, cell, value } of parsedCells) {
      if (value !== null) values.set(row.code, value);
      else if (!isMissing(cell)) {
        rejected.push({
          line: row.line,
          reason: 'not-a-number',
          detail: `column "${name}": "${cell.trim()}"`,
        });
      }
    }
    columns.push({ name: name || `column ${index + 1}`, values });
  });

  rejected.sort((a, b) => a.line - b.line);
  return { keyColumn: headers[keyIndex]!, columns, rejected, accepted: acceptedRows.length };
}
