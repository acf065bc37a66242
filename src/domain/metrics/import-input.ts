import {
  decodeTableBytes,
  importTable,
  ImportTableError,
  type ImportFailure,
  type ImportResult,
  type TableEncoding,
} from './import-csv';

/** What the user gave: the bytes of a file (the encoding is detected) or pasted text. */
export type ImportSource = { bytes: ArrayBuffer } | { text: string };

/** The outcome of reading a table, as plain data (it crosses from a worker by postMessage). */
export type ImportOutcome =
  | {
      ok: true;
      result: ImportResult;
      /** The encoding a file was read in; null for pasted text. */
      encoding: TableEncoding | null;
    }
  | { ok: false; failure: ImportFailure };

/** The request to the import worker, and what it says back. */
export interface ImportRequest {
  source: ImportSource;
  municipalities: { code: string; name: string }[];
}
export type ImportProgress = { type: 'progress'; fraction: number };
export type ImportReply = ImportProgress | { type: 'done'; outcome: ImportOutcome };

/**
 * Reads a table the user gave: decodes a file's bytes, then {@link importTable}. Never throws: a
 * table that cannot be read at all is a failure with its code, for the interface to say.
 */
export function readImport(
  { source, municipalities }: ImportRequest,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  try {
    const { text, encoding } =
      'bytes' in source ? decodeTableBytes(source.bytes) : { text: source.text, encoding: null };
    return { ok: true, result: importTable(text, municipalities, { onProgress }), encoding };
  } catch (error) {
    if (error instanceof ImportTableError) return { ok: false, failure: error.failure };
    return { ok: false, failure: { code: 'unreadable', message: (error as Error).message } };
  }
}
