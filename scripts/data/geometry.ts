import type { MultiPolygon, Polygon, Position } from 'geojson';

function same(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a path to `digits` decimals, dropping repeated points and the spikes rounding makes. */
export function quantizePath(path: Position[], digits: number): Position[] {
  const factor = 10 ** digits;
  const out: Position[] = [];
  for (const [x, y] of path) {
    const point = [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor];
    const last = out[out.length - 1];
    if (last && same(last, point)) continue;
    const beforeLast = out[out.length - 2];
    // A→B→A is a spike that rounding can create: drop B and stay at A.
    if (beforeLast && same(beforeLast, point)) {
      out.pop();
      continue;
    }
    out.push(point);
  }
  return out;
}

/** Rounds a closed ring; the result is closed again (it may collapse below 4 points). */
export function quantizeRing(ring: Position[], digits: number): Position[] {
  const out = quantizePath(ring, digits);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && !same(first, last)) out.push([...first]);
  return out;
}

export function quantizePolygons(geometry: Polygon | MultiPolygon, digits: number): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => quantizeRing(ring, digits));
    // A polygon whose outer ring collapsed to a line is dropped with its holes.
    if (!outer || outer.length < 4) continue;
    coordinates.push([outer, ...holes.filter((hole) => hole.length >= 4)]);
  }
  return { type: 'MultiPolygon', coordinates };
}

export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(geometry)) {
    for (const [x, y] of ring) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  }
  return [w, s, e, n];
}

/**
 * The border between two groups of polygons that share identical border segments (as the
 * municipality layer does): every segment of `a` that `b` also has, joined into lines.
 */
export function sharedBorder(a: MultiPolygon[], b: MultiPolygon[]): Position[][] {
  const key = (p: Position, q: Position) => {
    const [s, t] = [`${p[0]},${p[1]}`, `${q[0]},${q[1]}`];
    return s < t ? `${s};${t}` : `${t};${s}`;
  };
  const inB = new Set<string>();
  for (const g of b)
    for (const ring of g.coordinates.flat()) {
      for (let i = 1; i < ring.length; i++) inB.add(key(ring[i - 1]!, ring[i]!));
    }
  const lines: Position[][] = [];
  for (const g of a)
    for (const ring of g.coordinates.flat()) {
      let current: Position[] = [];
      for (let i = 1; i < ring.length; i++) {
        if (inB.has(key(ring[i - 1]!, ring[i]!))) {
          if (current.length === 0) current.push(ring[i - 1]!);
          current.push(ring[i]!);
        } else if (current.length > 0) {
          lines.push(current);
          current = [];
        }
      }
      if (current.length > 0) lines.push(current);
    }
  return lines;
}
