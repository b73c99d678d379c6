// Order statistics for metrics. Nearest-rank percentiles: every reported figure is a real
// observation (a median response time of "4 min 10 s" happened), never an interpolation.

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  return sortedPercentile(Float64Array.from(values).sort(), p);
}

/** The same, over values already sorted ascending (sort once, read several percentiles). */
export function sortedPercentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** `part / whole`, or null when the whole is empty (no inquiries means no rate, not 0 %). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
