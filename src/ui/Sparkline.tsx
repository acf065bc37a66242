import { sparkline, type TrendPoint } from '../domain/metrics/sparkline';
import './sparkline.css';

/**
 * A trend as a small line (decoration: hidden from screen readers) and its words beside it, the
 * first and last year with their values, which `text` writes; `empty` where there is no line.
 */
export function Sparkline({
  points,
  text,
  empty,
  width = 88,
  height = 24,
}: {
  points: readonly TrendPoint[];
  text: (first: TrendPoint, last: TrendPoint) => string;
  empty: string;
  width?: number;
  height?: number;
}) {
  const line = sparkline(points, width, height, 3);
  if (!line) return <span className="sparkline sparkline--empty no-data">{empty}</span>;
  return (
    <span className="sparkline" data-testid="sparkline">
      <svg
        className="sparkline__line"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <path d={line.path} fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx={line.end.x} cy={line.end.y} r="2.5" fill="currentColor" />
      </svg>
      <span className="sparkline__text">{text(line.first, line.last)}</span>
    </span>
  );
}
