import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPathsFromEnv } from './config.ts';
import { dissolveByCode, readMunicipalityParts, type MunicipalityPart } from './municipalities.ts';
import { MUNICIPALITY_BOUNDARIES, MUNICIPALITY_STATISTICS } from './sources.ts';

/**
 * Test fixture: the raw sources as the data build reads them, from the mirror (../shared/data, or
 * DATA_MIRROR). Read inside a test, not when the file loads, so that the mutation run sees which
 * test reaches which code.
 */
export const mirrored = (file: string) => readFileSync(path.join(buildPathsFromEnv().mirror, file));

export const boundariesZip = () => mirrored(MUNICIPALITY_BOUNDARIES.file);
export const statisticsCsv = () => mirrored(MUNICIPALITY_STATISTICS.file).toString('utf8');

let parts: Promise<MunicipalityPart[]> | undefined;

/** Every record of Lantmäteriet's municipality layer (read once per test file: about 3 s). */
export function realParts(): Promise<MunicipalityPart[]> {
  parts ??= readMunicipalityParts(boundariesZip(), MUNICIPALITY_BOUNDARIES.file);
  return parts;
}

/** The named municipalities (by kommunkod) dissolved from the real layer. */
export async function realMunicipalities(...codes: string[]) {
  const all = await realParts();
  return dissolveByCode(all.filter((p) => codes.includes(p.code)));
}
