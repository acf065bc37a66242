import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/browser';
import type { SheetCell } from '../../domain/metrics/export';

/** The display format of a figure with `digits` decimals; Excel shows it in the reader's locale. */
const numberFormat = (digits: number) => (digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0');

function excelCell(cell: SheetCell, digits: number): Cell {
  if (cell === null) return null;
  if (cell.kind === 'number')
    return { value: cell.value, type: Number, format: numberFormat(digits) };
  return { value: cell.value, type: String, ...(cell.bold ? { fontWeight: 'bold' } : {}) };
}

/**
 * The table as an Excel workbook of one sheet (write-excel-file, loaded with this module on the
 * first download): the rows of metricSheet, numbers as numbers shown with the metric's decimals,
 * text as text (never a formula), the header row and the names kept in view while scrolling.
 */
export function workbookBlob(
  rows: readonly SheetCell[][],
  options: { sheet: string; digits: number; headerRow: number; valueColumns: number },
): Promise<Blob> {
  const data: SheetData = rows.map((row) => row.map((cell) => excelCell(cell, options.digits)));
  return writeXlsxFile(data, {
    sheet: options.sheet,
    stickyRowsCount: options.headerRow,
    stickyColumnsCount: 2,
    columns: [
      { width: 18 },
      { width: 18 },
      { width: 20 },
      ...Array.from({ length: options.valueColumns }, () => ({ width: 16 })),
      { width: 60 },
    ],
  }).toBlob();
}
