import { describe, expect, it } from 'vitest';
import { mean, percentile, ratio } from '../../../scripts/eval-lib/stats';

describe('percentile', () => {
  it('interpolates between closest ranks like NumPy', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(v, 50)).toBeCloseTo(5.5);
    expect(percentile(v, 95)).toBeCloseTo(9.55);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile(v, 100)).toBe(10);
  });
  it('does not depend on input order and does not sort the input', () => {
    const v = [10, 1, 7, 3];
    expect(percentile(v, 50)).toBe(5);
    expect(v).toEqual([10, 1, 7, 3]);
  });
  it('returns the only value for one sample, NaN for none', () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
  it('rejects percentiles outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('ratio and mean', () => {
  it('keeps counts and gives NaN for an empty denominator', () => {
    expect(ratio(3, 4)).toEqual({ hits: 3, total: 4, value: 0.75 });
    expect(ratio(0, 0).value).toBeNaN();
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});
