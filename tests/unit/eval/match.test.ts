import { describe, expect, it } from 'vitest';
import { compatibleTypes, faceMatches, identifierFound, leaks, matchFaces, normaliseText } from '../../../scripts/eval-lib/match';

describe('faceMatches', () => {
  it('accepts IoU ≥ 0.3', () => {
    expect(faceMatches([0, 0, 100, 100], [40, 0, 100, 100])).toBe(true); // IoU 0.43
    expect(faceMatches([0, 0, 100, 100], [60, 60, 100, 100])).toBe(false); // IoU 0.09, centres outside
  });
  it('accepts a centre inside either box even with low IoU', () => {
    expect(faceMatches([0, 0, 400, 400], [150, 150, 60, 60])).toBe(true);
    expect(faceMatches([150, 150, 60, 60], [0, 0, 400, 400])).toBe(true);
  });
});

describe('matchFaces', () => {
  it('matches one-to-one, so a duplicate box is a false face', () => {
    expect(matchFaces([[0, 0, 10, 10], [1, 1, 10, 10]], [[0, 0, 10, 10]])).toEqual({ found: 1, missed: 0, falseFaces: 1 });
  });
  it('lets the best pairs win so two faces side by side both count', () => {
    const truth: [number, number, number, number][] = [[0, 0, 10, 10], [8, 0, 10, 10]];
    expect(matchFaces([[8, 0, 10, 10], [0, 0, 10, 10]], truth)).toEqual({ found: 2, missed: 0, falseFaces: 0 });
  });
  it('counts misses and false faces', () => {
    expect(matchFaces([[500, 500, 10, 10]], [[0, 0, 10, 10]])).toEqual({ found: 0, missed: 1, falseFaces: 1 });
    expect(matchFaces([], [])).toEqual({ found: 0, missed: 0, falseFaces: 0 });
  });
});

describe('identifierFound', () => {
  const truth = { type: 'date-of-birth' as const, box: [10, 10, 80, 12] as [number, number, number, number] };
  it('accepts a compatible type that overlaps', () => {
    expect(identifierFound(truth, [{ type: 'date', box: [50, 12, 80, 12] }])).toBe(true);
  });
  it('rejects an incompatible type or no overlap', () => {
    expect(identifierFound(truth, [{ type: 'name', box: [10, 10, 80, 12] }])).toBe(false);
    expect(identifierFound(truth, [{ type: 'date', box: [200, 10, 80, 12] }])).toBe(false);
  });
  it('groups reference numbers and age/sex forms', () => {
    expect(compatibleTypes('other', 'nhs-number')).toBe(true);
    expect(compatibleTypes('age-sex', 'age')).toBe(true);
    expect(compatibleTypes('time', 'date')).toBe(false);
  });
});

describe('leaks', () => {
  it('finds the identifier in OCR output regardless of case, spaces and punctuation', () => {
    expect(normaliseText('Walker^Patricia')).toBe('WALKERPATRICIA');
    expect(leaks('WALKER^PATRICIA', 'Name: walker patricia\nDOB')).toBe(true);
    expect(leaks('943 476 5919', 'NHS 943-476-5919')).toBe(true);
  });
  it('reports no leak when the text is absent or too short to mean anything', () => {
    expect(leaks('WALKER^PATRICIA', 'Name: ▇▇▇▇')).toBe(false);
    expect(leaks('M', 'MRI MODE')).toBe(false);
  });
});
