/** Pure comparison of a measured value with a product target: met or missed, and by how much. */

/** A target: the measured value must be at most (or at least) `limit`. */
export interface Target {
  name: string;
  /** 'max': lower is better (times, sizes, false alarms); 'min': higher is better (recall). */
  kind: 'max' | 'min';
  limit: number;
  /** How values print, e.g. (v) => `${v.toFixed(0)} ms`. */
  format: (value: number) => string;
}

/** The verdict on one target. */
export interface TargetResult {
  name: string;
  measured: string;
  limit: string;
  /** 'n/a' when the value could not be measured (NaN). */
  status: 'met' | 'missed' | 'n/a';
  /** Distance to the limit in the target's units: "+0.41 s over", "0.02 under", "" when met. */
  margin: string;
}

/** Compares `value` with `target`. */
export function judge(target: Target, value: number): TargetResult {
  const base = { name: target.name, limit: `${target.kind === 'max' ? '≤' : '≥'} ${target.format(target.limit)}` };
  if (!Number.isFinite(value)) return { ...base, measured: 'not measured', status: 'n/a', margin: '' };
  const met = target.kind === 'max' ? value <= target.limit : value >= target.limit;
  const gap = Math.abs(value - target.limit);
  const margin = `${target.format(gap)} ${met ? 'to spare' : target.kind === 'max' ? 'over' : 'short'}`;
  return { ...base, measured: target.format(value), status: met ? 'met' : 'missed', margin };
}
