import { ImportTableError, type GridRow } from './import-csv';

/**
 * Excel workbooks (.xlsx), as Kolada and SCB's Statistikdatabas export them, read with
 * read-excel-file (loaded on first use: it is ~19 kB gzip that only an Excel file needs).
 * Only the first sheet is read; its cells become text as a CSV file's would, so that one set of
 * table readers serves both.
 */

/** Whether the bytes are a zip archive, as every .xlsx is ("PK\3\4"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A cell as text: numbers in full without exponent or grouping ("1234.5", "0.000001"), so the
 * table readers parse them as they parse a CSV's; dates as ISO dates (a year cell typed as a date
 * is then refused as not a year, not misread).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
      : String(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export interface Workbook {
  /** The first sheet's rows that hold something, numbered as Excel numbers them. */
  rows: GridRow[];
  sheet: string;
  sheets: number;
}

/** The first sheet of a workbook. Throws an {@link ImportTableError} when it cannot be read. */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Workbook> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets;
  try {
    sheets = await readXlsxFile(bytes);
  } catch (error) {
    throw new ImportTableError(
      { code: 'unreadable', message: (error as Error).message },
      `Not a readable Excel workbook: ${(error as Error).message}`,
    );
  }
  const first = sheets[0];
  const rows = (first?.data ?? [])
    .map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!first || rows.length === 0) {
    throw new ImportTableError({ code: 'emptyWorkbook' }, 'The workbook has no sheet of data.');
  }
  return { rows, sheet: first.sheet, sheets: sheets.length };
}
