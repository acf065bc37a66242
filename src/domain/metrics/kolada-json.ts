import { z } from 'zod';
import { ImportTableError, quoted, type ImportFailure } from './import-csv';
import { regionResolver, type MunicipalityRef } from './regions';
import { parseYear, type Gender, type SeriesMeta } from './series';
import { regionLabeller, SeriesCollector, type Place, type SeriesImport } from './series-import';

/**
 * Kolada's API answer (v2 and v3: https://api.kolada.se/v2/data/kpi/N01951/year/2016,2017):
 * `{ count, values: [{ kpi, municipality, period, values: [{ gender, value, count, status }] }],
 * next_page }` (v3 names its links next_url and previous_url). The municipality is Kolada's id:
 * a kommunkod, "0000" for Sweden, "00xx" for county xx, "G…" for its groups (not read). Each KPI
 * and gender is a measure of its own; T (total) comes first.
 */

const KoladaValueSchema = z.looseObject({
  gender: z.string().nullish(),
  // Checked by hand: JSON's 1e999 is Infinity, which is refused with its record, not the file.
  value: z.unknown(),
});

const KoladaEntrySchema = z.looseObject({
  kpi: z.string().min(1),
  municipality: z.string().min(1),
  period: z.union([z.number(), z.string()]),
  values: z.array(KoladaValueSchema),
});

const KoladaAnswerSchema = z.looseObject({
  values: z.array(KoladaEntrySchema),
  count: z.number().optional(),
  next_page: z.string().nullish(),
  next_url: z.string().nullish(),
});

/** Whether parsed JSON is meant as Kolada's answer: its `values` are entries with a `kpi`. */
export function looksLikeKolada(json: unknown): boolean {
  const values = Array.isArray(json) ? json : (json as { values?: unknown } | null)?.values;
  return (
    Array.isArray(values) &&
    (values.length === 0 ||
      (typeof values[0] === 'object' && values[0] !== null && 'kpi' in values[0]) ||
      // Kolada's metadata answers (/kpi, /municipality) have values of id and title.
      (typeof values[0] === 'object' && values[0] !== null && 'title' in values[0]))
  );
}

function shapeFailure(error: z.ZodError): ImportFailure {
  const issue = error.issues[0]!;
  return { code: 'koladaShape', path: issue.path.join('.') || '(root)', problem: issue.message };
}

const GENDERS = new Set<string>(['T', 'K', 'M']);

/** Reads Kolada's answer (or its bare `values` list) as one measure per KPI and gender. */
export function readKoladaJson(
  json: unknown,
  municipalities: readonly MunicipalityRef[],
): SeriesImport {
  const parsed = KoladaAnswerSchema.safeParse(Array.isArray(json) ? { values: json } : json);
  if (!parsed.success) {
    throw new ImportTableError(
      shapeFailure(parsed.error),
      'Not an answer of Kolada: values of kpi, municipality, period and values were expected.',
    );
  }
  const answer = parsed.data;
  const resolve = regionResolver(municipalities);
  const collector = new SeriesCollector(regionLabeller(municipalities));
  answer.values.forEach((entry, i) => {
    const at: Place = { kind: 'record', record: i + 1 };
    const period = String(entry.period).trim();
    if (/^\d+$/.test(period)) collector.noteYear(period);
    const year = parseYear(period);
    if ('code' in year) return collector.reject(at, year);
    const region = resolve(entry.municipality.trim());
    if (region.kind === 'outside') return collector.outsideMap(entry.municipality);
    if (region.kind === 'unknown') {
      return collector.reject(at, {
        code: 'unknownMunicipality',
        name: quoted(entry.municipality),
      });
    }
    for (const v of entry.values) {
      const gender = (v.gender ?? 'T').trim().toUpperCase();
      if (!GENDERS.has(gender)) {
        collector.reject(at, { code: 'unknownGender', value: quoted(String(v.gender)) });
        continue;
      }
      const value = v.value ?? null;
      if (value !== null && typeof value !== 'number') {
        collector.reject(at, { code: 'notANumberValue', value: quoted(JSON.stringify(value)) });
        continue;
      }
      if (value !== null && !Number.isFinite(value)) {
        collector.reject(at, { code: 'notFinite', column: 'value', value: String(value) });
        continue;
      }
      const meta: SeriesMeta = {
        name: entry.kpi,
        code: entry.kpi,
        unit: '',
        source: 'Kolada',
        gender: gender as Gender,
        qualifiers: [],
      };
      const duplicate = collector.add(meta, region, year.year, value, at);
      if (duplicate) collector.reject(at, collector.duplicate(region, year.year, duplicate.first));
    }
  });
  const more = Boolean(answer.next_page || answer.next_url);
  return collector.result('kolada-json', null, more ? [{ code: 'morePages' }] : []);
}
