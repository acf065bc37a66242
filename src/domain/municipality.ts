import type { MunicipalityCollection, MunicipalityProperties } from '../data/schemas';
import { foldText } from './text';
import { compareSwedish } from './intl';

export type Municipality = MunicipalityProperties & { id: number };

/**
 * The municipalities of the map, the one shape every view reads them in: `list` in display order
 * (the focus municipalities first, then by name), `byCode` by kommunkod.
 */
export interface Municipalities {
  readonly list: readonly Municipality[];
  readonly byCode: ReadonlyMap<string, Municipality>;
}

/** A collection of `list`, kept in the order given. */
export function municipalityCollection(list: readonly Municipality[]): Municipalities {
  return { list, byCode: new Map(list.map((m) => [m.code, m])) };
}

/** No municipalities: what the views read while the map's data loads, or when it failed. */
export const NO_MUNICIPALITIES: Municipalities = municipalityCollection([]);

/** The municipalities of the generated layer as domain records, focus first, then by name. */
export function municipalitiesFrom(collection: MunicipalityCollection): Municipalities {
  return municipalityCollection(
    collection.features
      .map((f) => ({ ...f.properties, id: f.id }))
      .sort((a, b) => Number(b.focus) - Number(a.focus) || compareSwedish(a.name, b.name)),
  );
}

/** Inhabitants per km² of land, from SCB's population 2016-12-31 and land area 2015-01-01. */
export function densityPerKm2(m: Pick<Municipality, 'population' | 'areaLandKm2'>): number | null {
  return m.areaLandKm2 > 0 ? m.population / m.areaLandKm2 : null;
}

/** Municipalities whose name matches what was typed, ignoring case and accents; prefix matches first. */
export function matchMunicipalities<T extends { name: string }>(
  query: string,
  all: readonly T[],
): T[] {
  const q = foldText(query);
  if (!q) return [...all];
  const folded = all.map((m) => ({ m, name: foldText(m.name) }));
  return [
    ...folded.filter((x) => x.name.startsWith(q)),
    ...folded.filter((x) => !x.name.startsWith(q) && x.name.includes(q)),
  ].map((x) => x.m);
}
