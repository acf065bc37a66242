/** A point of a trend: a year and its value. */
export interface TrendPoint {
  year: number;
  value: number;
}

/** A small line of a trend in a box of its own, and the first and last points it joins. */
export interface Sparkline {
  /** The SVG path (M x y L x y …), one decimal. */
  path: string;
  /** The last point, to mark it. */
  end: { x: number; y: number };
  first: TrendPoint;
  last: TrendPoint;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A trend drawn as a sparkline in a `width` × `height` box with `pad` around it: the years on a
 * linear axis (a year without data leaves its gap), the values between their own lowest and highest
 * (a flat line through the middle when they are all the same). Null below two points or with a
 * value that is not a finite number (no line is drawn from an invented figure).
 */
export function sparkline(
  points: readonly TrendPoint[],
  width: number,
  height: number,
  pad = 2,
): Sparkline | null {
  if (points.length < 2) return null;
  if (points.some((p) => !Number.isFinite(p.value) || !Number.isFinite(p.year))) return null;
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const span = last.year - first.year;
  if (span <= 0) return null;
  const values = sorted.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const xy = (p: TrendPoint) => ({
    x: round(pad + ((p.year - first.year) / span) * innerW),
    y: round(high === low ? height / 2 : pad + ((high - p.value) / (high - low)) * innerH),
  });
  const path = sorted
    .map((p, i) => {
      const { x, y } = xy(p);
      return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
    })
    .join(' ');
  return { path, end: xy(last), first, last };
}
