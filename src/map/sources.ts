import type { CountiesFile, MunicipalityCollection } from '../data/schemas';
import { countyLabelPoints } from '../domain/counties';
import { labelPriorities, OUTWARD_LABELS } from './label-placement';

/** West, south, east, north. */
export type Bbox = [number, number, number, number];

/**
 * One label point per municipality, at the point chosen by the data build, with its placement
 * priority and whether it reads outward (see label-placement.ts).
 */
export function labelPoints(
  collection: MunicipalityCollection,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const priorities = labelPriorities(
    collection.features.map(({ properties: p }) => ({
      code: p.code,
      focus: p.focus,
      areaKm2: p.areaTotalKm2,
    })),
  );
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: {
        name: f.properties.name,
        code: f.properties.code,
        focus: f.properties.focus,
        priority: priorities.get(f.properties.code)!,
        outward: f.properties.focus && OUTWARD_LABELS.has(f.properties.code),
      },
      geometry: { type: 'Point', coordinates: [f.properties.labelLon, f.properties.labelLat] },
    })),
  };
}

/**
 * One point per focus county for its label (see countyLabelPoints), with the county's code; focus,
 * as the municipality labels of the focus (the same label colour).
 */
export function countyLabelFeatures(
  collection: MunicipalityCollection,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const points = countyLabelPoints(collection.features.map((f) => f.properties));
  return {
    type: 'FeatureCollection',
    features: [...points].map(([code, coordinates]) => ({
      type: 'Feature',
      properties: { code, focus: true },
      geometry: { type: 'Point', coordinates },
    })),
  };
}

export function countyBorderFeature(counties: CountiesFile): GeoJSON.Feature {
  return counties.border as GeoJSON.Feature;
}

function extend(box: Bbox, geometry: GeoJSON.MultiPolygon): Bbox {
  let [w, s, e, n] = box;
  for (const polygon of geometry.coordinates) {
    for (const [x, y] of polygon[0]!) {
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      s = Math.min(s, y!);
      n = Math.max(n, y!);
    }
  }
  return [w, s, e, n];
}

const EMPTY: Bbox = [Infinity, Infinity, -Infinity, -Infinity];

/** The box around all the boxes. */
export function unionOf(boxes: readonly Bbox[]): Bbox {
  return boxes.reduce<Bbox>(
    (a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ],
    EMPTY,
  );
}

/** Bounding boxes for framing: each municipality, and the whole focus region. */
export function boundsOf(collection: MunicipalityCollection): {
  region: Bbox;
  byCode: Map<string, Bbox>;
  /** Each municipality together with its neighbours: the framing of a selection. */
  withNeighbours: Map<string, Bbox>;
} {
  const byCode = new Map<string, Bbox>();
  let region = EMPTY;
  for (const f of collection.features) {
    const box = extend(EMPTY, f.geometry);
    byCode.set(f.properties.code, box);
    if (f.properties.focus) region = extend(region, f.geometry);
  }
  const withNeighbours = new Map<string, Bbox>();
  for (const f of collection.features) {
    let box = byCode.get(f.properties.code)!;
    for (const n of f.properties.neighbours) box = unionOf([box, byCode.get(n) ?? box]);
    withNeighbours.set(f.properties.code, box);
  }
  return { region, byCode, withNeighbours };
}
