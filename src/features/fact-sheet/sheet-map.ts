import { geoArea, geoPath, geoTransverseMercator, type GeoPermissibleObjects } from 'd3-geo';
import type {
  BasemapCollection,
  CountiesFile,
  MunicipalityCollection,
  MunicipalityFeature,
} from '../../data/schemas';

/**
 * The fact sheet's map, as data for an SVG: the municipality, its neighbours named, the
 * municipalities around them, the land and the borders between countries, and the border between
 * the two counties. Drawn from the same generated GeoJSON as the live map, in SWEREF 99 TM's
 * projection (transverse Mercator on 15° E, the projection of Lantmäteriet's maps), as vectors,
 * so that it is as sharp on paper as the printer can make it.
 */

export type AreaRole = 'self' | 'neighbour' | 'context';

export interface MapArea {
  code: string;
  role: AreaRole;
  /** Outside Norrbotten and Västerbotten (drawn as context on the live map too). */
  outside: boolean;
  d: string;
}

export interface MapLabel {
  code: string;
  name: string;
  role: Exclude<AreaRole, 'context'>;
  x: number;
  y: number;
}

export interface SheetMapModel {
  width: number;
  height: number;
  /** Land (everything else is sea), and the borders between countries. */
  land: string;
  countryBorders: string;
  /** The municipalities in view; the selected one last, so that its outline is drawn on top. */
  areas: MapArea[];
  countyBorder: string;
  labels: MapLabel[];
  /** A bar of a round length, about a fifth of the width. */
  scaleBar: { km: number; px: number };
}

export interface SheetMapInput {
  municipalities: MunicipalityCollection;
  counties: CountiesFile;
  basemap: BasemapCollection;
  code: string;
  width: number;
  height: number;
  /** Room kept free along the edges, in the same units. */
  padding: number;
}

/** SWEREF 99 TM: transverse Mercator with its central meridian at 15° E. */
const CENTRAL_MERIDIAN = 15;
const EARTH_RADIUS_KM = 6371;
const ROUND_LENGTHS_KM = [5, 10, 20, 25, 50, 100, 200];

type Polygons = number[][][][];

/**
 * The polygons with the winding d3-geo takes (exterior rings clockwise on the sphere), whatever
 * the file has: a polygon d3 would read as covering more than half the globe is turned around.
 * RFC 7946 asks for the opposite winding, which a future data build might well follow.
 */
export function windForD3(polygons: Polygons): Polygons {
  return polygons.map((rings) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings.slice(0, 1) });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
}

const asFeature = (f: MunicipalityFeature): GeoJSON.Feature<GeoJSON.MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: windForD3(f.geometry.coordinates) },
});

/** The longest round length that takes at most `maxPx` at `pxPerKm`. */
export function scaleBarLength(pxPerKm: number, maxPx: number): { km: number; px: number } {
  const fitting = ROUND_LENGTHS_KM.filter((km) => km * pxPerKm <= maxPx);
  const km = fitting.at(-1) ?? ROUND_LENGTHS_KM[0]!;
  return { km, px: km * pxPerKm };
}

/**
 * The map of a municipality: framed on it and its neighbours, every municipality that reaches
 * into the frame drawn, clipped to it. Null when the municipality is not in the collection.
 */
export function sheetMap({
  municipalities,
  counties,
  basemap,
  code,
  width,
  height,
  padding,
}: SheetMapInput): SheetMapModel | null {
  const self = municipalities.features.find((f) => f.properties.code === code);
  if (!self) return null;
  const neighbours = new Set(self.properties.neighbours);
  const framed = municipalities.features.filter(
    (f) => f === self || neighbours.has(f.properties.code),
  );

  const projection = geoTransverseMercator()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'FeatureCollection', features: framed.map(asFeature) },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const d = (object: GeoPermissibleObjects) => path(object) ?? '';

  const roleOf = (f: MunicipalityFeature): AreaRole =>
    f === self ? 'self' : neighbours.has(f.properties.code) ? 'neighbour' : 'context';
  const areas = municipalities.features
    .map((f) => ({
      code: f.properties.code,
      role: roleOf(f),
      outside: !f.properties.focus,
      d: d(asFeature(f)),
    }))
    // Clipped to nothing: wholly outside the frame.
    .filter((a) => a.d !== '')
    .sort((a, b) => Number(a.role === 'self') - Number(b.role === 'self'));

  const labels = framed.flatMap((f): MapLabel[] => {
    const point = projection([f.properties.labelLon, f.properties.labelLat]);
    if (!point) return [];
    const role = f === self ? 'self' : 'neighbour';
    return [{ code: f.properties.code, name: f.properties.name, role, x: point[0], y: point[1] }];
  });

  const land = basemap.features.flatMap((f) =>
    f.properties.kind === 'land' && f.geometry.type === 'MultiPolygon'
      ? [windForD3(f.geometry.coordinates as Polygons)]
      : [],
  );
  const borders = basemap.features.filter((f) => f.properties.kind === 'border');

  // Transverse Mercator keeps the scale true along its central meridian and within a fraction of
  // a per cent across these counties: one scale for the whole frame.
  const pxPerKm = projection.scale() / EARTH_RADIUS_KM;

  return {
    width,
    height,
    land: d({ type: 'MultiPolygon', coordinates: land.flat() }),
    countryBorders: borders.map((f) => d(f.geometry as GeoPermissibleObjects)).join(''),
    areas,
    countyBorder: d(counties.border.geometry),
    labels,
    scaleBar: scaleBarLength(pxPerKm, width / 4),
  };
}
