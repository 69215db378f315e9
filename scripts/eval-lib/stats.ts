/** Pure summary statistics for the evaluation and the benchmark. */

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks
 * (the same definition as NumPy's default). NaN for an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (rank - lo);
}

/** A proportion with its counts, so tables can show "57/60". */
export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, or NaN when total is 0. */
  value: number;
}

/** Builds a {@link Ratio}. */
export function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total > 0 ? hits / total : Number.NaN };
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;
}
