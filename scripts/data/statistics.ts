import Papa from 'papaparse';
import { DataBuildError } from './errors.ts';

/** One municipality's row of SCB figures, as published (population 2016-12-31, areas 2015-01-01). */
export interface MunicipalityStatistics {
  code: string;
  /** The name as SCB's table writes it, without the word "kommun"; sometimes genitive ("Nordmalings"). */
  name: string;
  countyName: string;
  population: number;
  areaTotalKm2: number;
  areaLandKm2: number;
}

/** Parses a Swedish-formatted number: a space (or no-break space) groups thousands, a point is the decimal mark. */
export function parseSwedishNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact);
}

const REQUIRED_COLUMNS = ['Kod', 'Kommun', 'Län', 'Folkmängd', 'Area', 'Land'] as const;

export function parseMunicipalityStatistics(
  csv: string,
  file: string,
): Map<string, MunicipalityStatistics> {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new DataBuildError(file, `CSV error: ${first.message}`, `row ${(first.row ?? 0) + 2}`);
  }
  const columns = parsed.meta.fields ?? [];
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) throw new DataBuildError(file, `missing column "${column}"`);
  }
  const rows = new Map<string, MunicipalityStatistics>();
  parsed.data.forEach((row, index) => {
    const code = row.Kod ?? '';
    const record = `${code || `line ${index + 2}`}`;
    if (!/^\d{4}$/.test(code))
      throw new DataBuildError(file, 'Kod is not a 4-digit code', record, 'Kod');
    const number = (field: 'Folkmängd' | 'Area' | 'Land') => {
      const value = parseSwedishNumber(row[field] ?? '');
      if (!Number.isFinite(value) || value < 0) {
        throw new DataBuildError(file, `"${row[field]}" is not a number`, record, field);
      }
      return value;
    };
    if (rows.has(code))
      throw new DataBuildError(file, 'duplicate municipality code', record, 'Kod');
    rows.set(code, {
      code,
      name: (row.Kommun ?? '').replace(/ kommun$/, '').trim(),
      countyName: (row['Län'] ?? '').trim(),
      population: number('Folkmängd'),
      areaTotalKm2: number('Area'),
      areaLandKm2: number('Land'),
    });
  });
  return rows;
}
