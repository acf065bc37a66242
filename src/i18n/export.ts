import type { TableWords } from '../domain/metrics/export';
import type { Language } from '../domain/language';

/**
 * The words of the exported table and workbook, loaded with the export's code when a table is
 * first downloaded (not part of the first download). The headers of the Swedish table are those
 * the import reads back (kommunkod, kommun).
 */
export const exportWords: Record<Language, TableWords & { sheet: string }> = {
  sv: {
    code: 'kommunkod',
    municipality: 'kommun',
    county: 'län',
    source: 'källa',
    unit: 'Enhet',
    year: 'År',
    sheet: 'Tabell',
  },
  en: {
    code: 'municipality code',
    municipality: 'municipality',
    county: 'county',
    source: 'source',
    unit: 'Unit',
    year: 'Year',
    sheet: 'Table',
  },
};
