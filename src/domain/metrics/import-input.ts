import {
  decodeTableBytes,
  headedTable,
  ImportTableError,
  parseGrid,
  type ImportFailure,
  type TableEncoding,
} from './import-csv';
import { looksLikeJsonStat, readJsonStat } from './json-stat';
import { looksLikeKolada, readKoladaJson } from './kolada-json';
import type { MunicipalityRef } from './regions';
import type { SeriesImport } from './series-import';
import { readTableSeries } from './table-series';
import { isZip, readWorkbook } from './xlsx';

/** What the user gave: the bytes of a file (the kind and encoding are detected) or pasted text. */
export type ImportSource = { bytes: ArrayBuffer } | { text: string };

/** What held the table: text (a CSV file or pasted), JSON, or an Excel workbook. */
export type ImportContainer = 'text' | 'json' | 'xlsx';

/** The outcome of reading a file, as plain data (it crosses from a worker by postMessage). */
export type ImportOutcome =
  | {
      ok: true;
      result: SeriesImport;
      container: ImportContainer;
      /** The encoding a file's text was read in; null for pasted text and for a workbook. */
      encoding: TableEncoding | null;
    }
  | { ok: false; failure: ImportFailure };

/** The request to the import worker, and what it says back. */
export interface ImportRequest {
  source: ImportSource;
  municipalities: MunicipalityRef[];
}
export type ImportProgress = { type: 'progress'; fraction: number };
export type ImportReply = ImportProgress | { type: 'done'; outcome: ImportOutcome };

/** How far a reading is once the text is split into rows (measured on a 5 MB file). */
const PARSED = 0.25;

/** JSON: Kolada's API answer or JSON-stat; anything else is refused with its reason. */
function readJson(text: string, municipalities: readonly MunicipalityRef[]): SeriesImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportTableError(
      { code: 'badJson', message: (error as Error).message.slice(0, 120) },
      `Not valid JSON: ${(error as Error).message}`,
    );
  }
  if (looksLikeJsonStat(json)) return readJsonStat(json, municipalities);
  if (looksLikeKolada(json)) return readKoladaJson(json, municipalities);
  throw new ImportTableError(
    { code: 'unknownJson' },
    "JSON that is neither Kolada's answer nor JSON-stat 2.0.",
  );
}

async function read(
  { source, municipalities }: ImportRequest,
  onProgress?: (fraction: number) => void,
): Promise<ImportOutcome> {
  if (
    'bytes' in source &&
    isZip(new Uint8Array(source.bytes, 0, Math.min(4, source.bytes.byteLength)))
  ) {
    const workbook = await readWorkbook(source.bytes);
    onProgress?.(PARSED);
    const result = readTableSeries(headedTable(workbook.rows), null, municipalities, onProgress);
    if (workbook.sheets > 1) {
      result.notes.push({ code: 'firstSheetOnly', sheet: workbook.sheet, sheets: workbook.sheets });
    }
    return { ok: true, result, container: 'xlsx', encoding: null };
  }
  const { text, encoding } =
    'bytes' in source ? decodeTableBytes(source.bytes) : { text: source.text, encoding: null };
  if (/^[\s\uFEFF]*[{[]/.test(text)) {
    const result = readJson(text.replace(/^\uFEFF/, ''), municipalities);
    onProgress?.(1);
    return { ok: true, result, container: 'json', encoding };
  }
  const grid = parseGrid(text);
  onProgress?.(PARSED);
  const result = readTableSeries(
    headedTable(grid.rows),
    grid.delimiter,
    municipalities,
    onProgress,
  );
  return { ok: true, result, container: 'text', encoding };
}

/**
 * Reads what the user gave: an Excel workbook, Kolada's or SCB's JSON, or a table text (a file's
 * bytes are decoded first), each as measures over time. Never throws: a file that cannot be read
 * at all is a failure with its code, for the interface to say.
 */
export async function readImport(
  request: ImportRequest,
  onProgress?: (fraction: number) => void,
): Promise<ImportOutcome> {
  try {
    return await read(request, onProgress);
  } catch (error) {
    if (error instanceof ImportTableError) return { ok: false, failure: error.failure };
    return { ok: false, failure: { code: 'unreadable', message: (error as Error).message } };
  }
}
