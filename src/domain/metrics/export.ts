import type { Municipality } from '../municipality';

/** A cell of a CSV file: text, a number, or nothing (no data). */
type CellValue = string | number | null | undefined;

/**
 * One CSV cell, quoted where needed (RFC 4180). A text cell is never read as a formula by a
 * spreadsheet: one starting with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe. A number is written as a number (-5 stays -5, rounded to three decimals with a point
 * as decimal mark, as CSV readers expect); a number that is not finite is an empty cell, no data.
 */
function cell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const rounded = Math.round(value * 1000) / 1000;
    // Rounding a number near the largest double would overflow: keep it as it is.
    return String(Number.isFinite(rounded) ? rounded : value);
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly CellValue[])[], delimiter = ','): string {
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * The table behind the map: one row per focus municipality with its value of the current metric
 * (empty for no data) and the source.
 */
export function metricCsv(
  municipalities: readonly Municipality[],
  values: ReadonlyMap<string, number | null>,
  columns: { metric: string; source: string },
): string {
  const header = ['kommunkod', 'kommun', 'län', columns.metric, 'källa'];
  const rows = municipalities
    .filter((m) => m.focus)
    .map((m) => [m.code, m.name, m.countyName, values.get(m.code), columns.source]);
  return csv([header, ...rows]);
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
  return `\uFEFF${csv([['kommunkod', 'kommun', 'värde'], ...rows], ';')}`;
}
