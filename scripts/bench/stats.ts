/** Summary statistics of a sample; percentiles by the nearest-rank method. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p50: number;
  p95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    n: sorted.length,
    median,
    min: sorted[0]!,
    max: sorted.at(-1)!,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}
