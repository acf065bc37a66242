/** A rectangle in screen pixels, relative to the map's container. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const width = (r: Rect) => r.right - r.left;
const height = (r: Rect) => r.bottom - r.top;

/** The part of `cover` that lies over `area`, or null where they do not overlap. */
export function overlap(area: Rect, cover: Rect): Rect | null {
  const r = {
    left: Math.max(area.left, cover.left),
    top: Math.max(area.top, cover.top),
    right: Math.min(area.right, cover.right),
    bottom: Math.min(area.bottom, cover.bottom),
  };
  return width(r) > 0 && height(r) > 0 ? r : null;
}

/** Whether `inner` lies within `outer` (to within half a pixel of rounding). */
export function contains(outer: Rect, inner: Rect): boolean {
  const e = 0.5;
  return (
    inner.left >= outer.left - e &&
    inner.top >= outer.top - e &&
    inner.right <= outer.right + e &&
    inner.bottom <= outer.bottom + e
  );
}

/**
 * The uncovered rectangle of `area` that shows a subject of the given aspect (width / height)
 * largest: of the rectangles between the edges of the area and of the covers that no cover
 * overlaps, the one in which the subject can be drawn at the greatest scale (ties: the larger).
 * Without an aspect, the largest by area. Null when everything is covered.
 *
 * Covers are few (the side panel or sheet, the legend, the map's buttons), so every candidate
 * is tried: O(n^4) rectangles of O(n) checks each.
 */
export function freeRect(area: Rect, covers: readonly Rect[], aspect?: number): Rect | null {
  const over = covers.map((c) => overlap(area, c)).filter((c): c is Rect => c !== null);
  const xs = [...new Set([area.left, area.right, ...over.flatMap((c) => [c.left, c.right])])];
  const ys = [...new Set([area.top, area.bottom, ...over.flatMap((c) => [c.top, c.bottom])])];
  xs.sort((a, b) => a - b);
  ys.sort((a, b) => a - b);
  const score = (r: Rect) =>
    aspect && aspect > 0 ? Math.min(width(r) / aspect, height(r)) : width(r) * height(r);
  let best: Rect | null = null;
  let bestScore = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const r = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
          if (over.some((c) => overlap(r, c))) continue;
          const s = score(r);
          const better =
            s > bestScore + 1e-9 ||
            (best && Math.abs(s - bestScore) <= 1e-9 && width(r) * height(r) > area2(best));
          if (better) {
            best = r;
            bestScore = s;
          }
        }
      }
    }
  }
  return best;
}

const area2 = (r: Rect) => width(r) * height(r);

/** The distances from the edges of `area` to those of `inner`: MapLibre's padding. */
export function insetsOf(area: Rect, inner: Rect): Insets {
  return {
    top: inner.top - area.top,
    right: area.right - inner.right,
    bottom: area.bottom - inner.bottom,
    left: inner.left - area.left,
  };
}
