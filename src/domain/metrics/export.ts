import type { Municipality } from '../municipality';

/** One CSV cell, quoted where needed (RFC 4180), and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table behind the map: one row per focus municipality with its value of the current metric
 * (empty for no data) and the source. Numbers with a point as decimal mark, as CSV readers expect.
 */
export function metricCsv(
  municipalities: readonly Municipality[],
  values: ReadonlyMap<string, number | null>,
  columns: { metric: string; source: string },
): string {
  const header = ['kommunkod', 'kommun', 'län', columns.metric, 'källa'];
  const rows = municipalities
    .filter((m) => m.focus)
    .map((m) => {
      const v = values.get(m.code);
      return [
        m.code,
        m.name,
        m.countyName,
        v === null || v === undefined ? '' : String(Math.round(v * 1000) / 1000),
        columns.source,
      ];
    });
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
