import type { MunicipalityFeature } from './schemas';

type Position = number[];
/** The polygons of a MultiPolygon: polygon → ring → position. */
export type Polygons = Position[][][];

/**
 * A municipality for tests of the map's sources and the fact sheet's map: a made-up name and
 * figures, its label point where the test puts it, and the polygons it is drawn as.
 */
export function municipalityFeature(
  code: string,
  polygons: Polygons,
  neighbours: string[],
  {
    focus = true,
    label,
    areaTotalKm2 = 100,
    areaLandKm2 = 90,
  }: { focus?: boolean; label: [number, number]; areaTotalKm2?: number; areaLandKm2?: number },
): MunicipalityFeature {
  return {
    type: 'Feature',
    id: Number(code),
    properties: {
      code,
      name: `Kommun ${code}`,
      countyCode: code.slice(0, 2),
      countyName: 'Län',
      focus,
      population: 1000,
      areaTotalKm2,
      areaLandKm2,
      labelLon: label[0],
      labelLat: label[1],
      neighbours,
    },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  } as MunicipalityFeature;
}
