import { booleanValid } from '@turf/turf';
import type { MunicipalityCollection } from '../../src/data/schemas.ts';
import { MunicipalityCollectionSchema } from '../../src/data/schemas.ts';
import { DataBuildError } from './errors.ts';
import type { MunicipalityStatistics } from './statistics.ts';

/**
 * Whether Lantmäteriet's name and the name in SCB's table are the same municipality name. SCB
 * writes "X kommun" in the genitive (Nordmalings, Falu for Falun) and "Upplands Väsby" with a space
 * where Lantmäteriet has a hyphen.
 */
export function sameMunicipalityName(official: string, scb: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[-\s]+/g, ' ')
      .trim();
  const [a, b] = [norm(official), norm(scb)];
  return a === b || `${a}s` === b || (a.endsWith('n') && a.slice(0, -1) === b);
}

/**
 * Checks the municipality layer before it is written: the focus is exactly the expected set with
 * the official (SCB) names, every geometry valid, every number finite. Throws on the first
 * problem, naming file, record and field.
 */
export function validateMunicipalities(
  collection: MunicipalityCollection,
  expectedFocus: Map<string, MunicipalityStatistics>,
  file: string,
): void {
  const parsed = MunicipalityCollectionSchema.safeParse(collection);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [, index, , field] = issue.path;
    const record =
      typeof index === 'number' ? collection.features[index]?.properties.code : undefined;
    throw new DataBuildError(
      file,
      issue.message,
      record ?? String(index),
      String(field ?? issue.path.join('.')),
    );
  }
  const focus = collection.features.filter((f) => f.properties.focus);
  for (const [code, row] of expectedFocus) {
    const f = focus.find((x) => x.properties.code === code);
    if (!f) throw new DataBuildError(file, `focus municipality ${row.name} is missing`, code);
    if (!sameMunicipalityName(f.properties.name, row.name)) {
      throw new DataBuildError(
        file,
        `name "${f.properties.name}" is not the official "${row.name}"`,
        code,
        'name',
      );
    }
  }
  for (const f of focus) {
    if (!expectedFocus.has(f.properties.code)) {
      throw new DataBuildError(file, 'not a municipality of the focus counties', f.properties.code);
    }
  }
  for (const f of collection.features) {
    f.geometry.coordinates.forEach((polygon, i) => {
      if (!booleanValid({ type: 'Polygon', coordinates: polygon })) {
        throw new DataBuildError(
          file,
          `polygon ${i} is not a valid geometry`,
          f.properties.code,
          'geometry',
        );
      }
    });
  }
  const ids = new Set(collection.features.map((f) => f.id));
  if (ids.size !== collection.features.length)
    throw new DataBuildError(file, 'feature ids are not unique');
}
