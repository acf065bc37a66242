import { booleanIntersects, lineString, point, pointToLineDistance } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf, ringsOf } from './geometry.ts';

export interface NeighbourCandidate {
  code: string;
  geometry: Polygon | MultiPolygon;
}

type Bbox = [number, number, number, number];

function expand([w, s, e, n]: Bbox, km: number): Bbox {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.cos((((s + n) / 2) * Math.PI) / 180));
  return [w - dLon, s - dLat, e + dLon, n + dLat];
}

function overlaps(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inside([x, y]: Position, [w, s, e, n]: Bbox): boolean {
  return x! >= w && x! <= e && y! >= s && y! <= n;
}

/** Shortest distance in km from any vertex of `a` (near `b`) to the outline of `b`. */
function vertexToOutlineKm(
  a: Polygon | MultiPolygon,
  b: Polygon | MultiPolygon,
  near: Bbox,
  limitKm: number,
): number {
  const outlines = ringsOf(b).map((ring) => ({
    line: lineString(ring),
    bbox: expand(bboxOf({ type: 'Polygon', coordinates: [ring] }), limitKm),
  }));
  let best = Infinity;
  for (const ring of ringsOf(a)) {
    for (const vertex of ring) {
      if (!inside(vertex, near)) continue;
      for (const outline of outlines) {
        if (!inside(vertex, outline.bbox)) continue;
        const d = pointToLineDistance(point(vertex), outline.line, { units: 'kilometers' });
        if (d < best) best = d;
        if (best <= limitKm) return best;
      }
    }
  }
  return best;
}

/**
 * Whether two municipalities border each other: their polygons touch, or their outlines come within
 * `toleranceKm` (two borders that really touch can lie a little apart in a 1:1 million layer).
 */
export function areNeighbours(
  a: NeighbourCandidate,
  b: NeighbourCandidate,
  toleranceKm: number,
): boolean {
  const boxA = bboxOf(a.geometry);
  const boxB = bboxOf(b.geometry);
  if (!overlaps(expand(boxA, toleranceKm), boxB)) return false;
  if (booleanIntersects(a.geometry, b.geometry)) return true;
  const nearB = expand(boxB, toleranceKm);
  const nearA = expand(boxA, toleranceKm);
  return (
    vertexToOutlineKm(a.geometry, b.geometry, nearB, toleranceKm) <= toleranceKm ||
    vertexToOutlineKm(b.geometry, a.geometry, nearA, toleranceKm) <= toleranceKm
  );
}

/** For every focus municipality, the codes of all candidates it borders (sorted). */
export function neighbourMap(
  focus: NeighbourCandidate[],
  candidates: NeighbourCandidate[],
  toleranceKm: number,
): Map<string, string[]> {
  const result = new Map<string, Set<string>>(focus.map((f) => [f.code, new Set()]));
  for (const a of focus) {
    for (const b of candidates) {
      if (a.code === b.code || result.get(a.code)!.has(b.code)) continue;
      if (!areNeighbours(a, b, toleranceKm)) continue;
      result.get(a.code)!.add(b.code);
      result.get(b.code)?.add(a.code);
    }
  }
  return new Map([...result].map(([code, set]) => [code, [...set].sort()]));
}
