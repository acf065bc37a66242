import type { z } from 'zod';
import type * as Schemas from './schemas';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

/**
 * How long a data file may take, headers and body, before it counts as failed: a request that
 * hangs (a stalled proxy, a dead connection) ends in the error with its retry, not a skeleton
 * forever. The largest file is 0.25 MB; 20 s is a very slow mobile connection. A test may set
 * `globalThis.integrationskartanDataTimeoutMs` before the app loads, to wait less.
 */
export function dataTimeoutMs(): number {
  const set = (globalThis as { integrationskartanDataTimeoutMs?: unknown })
    .integrationskartanDataTimeoutMs;
  return typeof set === 'number' && set > 0 ? set : 20_000;
}

let schemas: Promise<typeof Schemas> | undefined;
/**
 * zod and the schemas of the data files, as a chunk of their own fetched beside the data files
 * (the first file asked for starts it) rather than parsed with the first script.
 */
export const loadSchemas = (): Promise<typeof Schemas> => (schemas ??= import('./schemas'));

/**
 * Fetches one generated file and parses it with its schema (or the schema still loading); a
 * broken file is an error, never half-data.
 */
export async function fetchDataFile<S extends z.ZodType>(
  file: string,
  schema: S | Promise<S>,
  signal?: AbortSignal,
  timeoutMs = dataTimeoutMs(),
): Promise<z.infer<S>> {
  const loading = Promise.resolve(schema);
  // Failed or not, the schema is awaited only once the file is in: no rejection is left unheard.
  loading.catch(() => undefined);
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  const timeout = AbortSignal.timeout(timeoutMs);
  const timedOut = () =>
    new DataFileError(file, `no answer within ${Math.round(timeoutMs / 100) / 10} s`);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    if (timeout.aborted) throw timedOut();
    throw new DataFileError(file, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    if (timeout.aborted) throw timedOut();
    throw new DataFileError(file, 'not valid JSON');
  }
  let parse: S;
  try {
    parse = await loading;
  } catch (error) {
    throw new DataFileError(file, `its schema could not be loaded (${(error as Error).message})`);
  }
  const parsed = parse.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataFileError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

// The large GeoJSON files by shape only: the data build validated their geometry in full.
// The schema of each file by its name in schemas.ts (loaded with loadSchemas).
export const DATA_FILES = {
  municipalities: { file: 'municipalities.geojson', schema: 'MunicipalityCollectionShapeSchema' },
  counties: { file: 'counties.json', schema: 'CountiesFileSchema' },
  basemap: { file: 'basemap.geojson', schema: 'BasemapCollectionShapeSchema' },
  manifest: { file: 'manifest.json', schema: 'ManifestSchema' },
  catalogue: { file: 'catalogue.json', schema: 'GeneratedCatalogueSchema' },
  regionFigures: { file: 'region-figures.json', schema: 'RegionFiguresSchema' },
  regionTotals: { file: 'region-totals.json', schema: 'RegionTotalsShapeSchema' },
} as const satisfies Record<string, { file: string; schema: keyof typeof Schemas }>;

type DataFiles = typeof DATA_FILES;
export type DataFileName = keyof DataFiles;
/** The zod schema a data file is parsed with. */
export type DataFileSchema<K extends DataFileName> = (typeof Schemas)[DataFiles[K]['schema']];
/** A data file as its schema parsed it. */
export type DataFile<K extends DataFileName> = z.infer<DataFileSchema<K>>;

/** One data file, fetched and parsed (the schemas loading beside it). */
export function fetchNamedDataFile<K extends DataFileName>(
  name: K,
  signal?: AbortSignal,
): Promise<DataFile<K>> {
  const { file, schema } = DATA_FILES[name];
  return fetchDataFile(
    file,
    loadSchemas().then((m) => m[schema] as DataFileSchema<K>),
    signal,
  ) as Promise<DataFile<K>>;
}
