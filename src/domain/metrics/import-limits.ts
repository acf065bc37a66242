import type { ImportFailure } from './import-csv';

/**
 * The largest file the import reads. A table of the 290 municipalities of Sweden with many
 * columns is well under 1 MB; a larger file is not what the import is for, and is refused before
 * it is read into memory.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Why a file of `bytes` bytes is refused before it is read, or null. */
export function fileSizeFailure(bytes: number): ImportFailure | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { code: 'tooLarge', size: mb(bytes), max: mb(MAX_IMPORT_BYTES) };
}
