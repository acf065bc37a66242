import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  GeneratedCatalogueSchema,
  MunicipalityCollectionShapeSchema,
  type GeneratedCatalogue,
  type Project,
} from '../../src/data/schemas.ts';
import {
  applyAccepted,
  type AcceptedChange,
  type Applied,
} from '../../src/domain/catalogue/publish.ts';
import {
  CATALOGUE_FILES,
  validateCatalogue,
  type CatalogueError,
  type MunicipalityRegister,
} from '../../src/domain/catalogue/validate.ts';

/**
 * The catalogue a server publishes: the build's data/catalogue.json with the accepted suggestions
 * applied, in the order they were accepted. The app loads it from the same address as before, so
 * an accepted change is on the map at its next load, without a rebuild.
 */
export interface BuiltCatalogue {
  catalogue: GeneratedCatalogue;
  register: MunicipalityRegister;
}

/** The build's catalogue and its municipalities (the register a record is checked against); null without them. */
export async function readBuiltCatalogue(root: string): Promise<BuiltCatalogue | null> {
  const catalogueFile = path.join(root, 'data', 'catalogue.json');
  const municipalitiesFile = path.join(root, 'data', 'municipalities.geojson');
  if (!existsSync(catalogueFile) || !existsSync(municipalitiesFile)) return null;
  const catalogue = GeneratedCatalogueSchema.parse(
    JSON.parse(await readFile(catalogueFile, 'utf8')),
  );
  const municipalities = MunicipalityCollectionShapeSchema.parse(
    JSON.parse(await readFile(municipalitiesFile, 'utf8')),
  );
  const register = new Map(
    municipalities.features.map(({ properties: p }) => [p.code, { name: p.name, focus: p.focus }]),
  );
  return { catalogue, register };
}

export interface PublishedFile {
  catalogue: GeneratedCatalogue;
  refused: Applied['refused'];
  etag: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** The published catalogue for a list of accepted changes, with its ETag and compressed copies. */
export function publishedFile(
  built: GeneratedCatalogue,
  changes: readonly AcceptedChange[],
): PublishedFile {
  const { projects, refused } = applyAccepted(built.projects, changes);
  const catalogue = { ...built, projects };
  const body = Buffer.from(JSON.stringify(catalogue));
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return {
    catalogue,
    refused,
    etag: `"c-${hash}"`,
    body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  };
}

/**
 * The catalogue check (`npm run data:check`'s rules: schema, municipalities, vocabularies, unique
 * ids) of a list of records; the errors of the record `id`.
 */
export function checkRecord(
  built: BuiltCatalogue,
  projects: readonly unknown[],
  id: string,
): CatalogueError[] {
  const { catalogue, register } = built;
  const result = validateCatalogue(
    {
      projects: { version: 1, source: catalogue.source, projects },
      themes: { version: 1, items: catalogue.themes },
      targetGroups: { version: 1, items: catalogue.targetGroups },
    },
    register,
  );
  if (result.ok) return [];
  const index = projects.findIndex((p) => (p as Project | undefined)?.id === id);
  return result.errors.filter(
    (e) => e.file === CATALOGUE_FILES.projects && (e.record === id || e.record === `#${index}`),
  );
}
