import type { RegionTotal } from '../data/schemas';

/** A built-in figure of a region (a county or Sweden) beside a municipality's. */
export interface RegionReference {
  /** "00" for Sweden, else the county's code. */
  code: string;
  /** As SCB names it ("Norrbottens län", "Riket"). */
  name: string;
  value: number;
}

/** The built-in figures that have a county and Sweden total (region-totals.json). */
export type ReferenceFigure = 'population' | 'density';

/**
 * A municipality's county and Sweden for a built-in figure, in that order: their population, or
 * their inhabitants per km² of land, from the sums SCB's table gives (nothing estimated). A region
 * the file lacks, or one without land area for a density, is left out.
 */
export function regionReferences(
  figure: ReferenceFigure,
  countyCode: string,
  regions: readonly Pick<RegionTotal, 'code' | 'name' | 'population' | 'areaLandKm2'>[],
): RegionReference[] {
  return ['00', countyCode].reverse().flatMap((code) => {
    const region = regions.find((r) => r.code === code);
    if (!region) return [];
    const value =
      figure === 'population'
        ? region.population
        : region.areaLandKm2 > 0
          ? region.population / region.areaLandKm2
          : null;
    return value === null ? [] : [{ code, name: region.name, value }];
  });
}
