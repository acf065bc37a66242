import type { z } from 'zod';
import {
  BasemapCollectionShapeSchema,
  CountiesFileSchema,
  GeneratedCatalogueSchema,
  ManifestSchema,
  MunicipalityCollectionShapeSchema,
  RegionFiguresSchema,
  RegionTotalsShapeSchema,
} from './schemas';

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

/** Fetches one generated file and parses it with its schema; a broken file is an error, never half-data. */
export async function fetchDataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
  timeoutMs = dataTimeoutMs(),
): Promise<z.infer<S>> {
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
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataFileError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

// The large GeoJSON files by shape only: the data build validated their geometry in full.
export const DATA_FILES = {
  municipalities: { file: 'municipalities.geojson', schema: MunicipalityCollectionShapeSchema },
  counties: { file: 'counties.json', schema: CountiesFileSchema },
  basemap: { file: 'basemap.geojson', schema: BasemapCollectionShapeSchema },
  manifest: { file: 'manifest.json', schema: ManifestSchema },
  catalogue: { file: 'catalogue.json', schema: GeneratedCatalogueSchema },
  regionFigures: { file: 'region-figures.json', schema: RegionFiguresSchema },
  regionTotals: { file: 'region-totals.json', schema: RegionTotalsShapeSchema },
} as const;

type DataFiles = typeof DATA_FILES;
export type DataFileName = keyof DataFiles;
/** A data file as its schema parsed it. */
export type DataFile<K extends DataFileName> = z.infer<DataFiles[K]['schema']>;
