import { describe, expect, it } from 'vitest';
import { fixDigitLookalikes } from '../../../lib/engine/identifiers/ocr-digits';

describe('fixDigitLookalikes', () => {
  it('fixes letters inside mostly-digit runs and keeps the length', () => {
    const noisy = 'NHS No: 94S 476 59l9';
    const fixed = fixDigitLookalikes(noisy);
    expect(fixed).toBe('NHS No: 945 476 5919');
    expect(fixed).toHaveLength(noisy.length);
    expect(fixDigitLookalikes('l2/O3/2O24 1B:3O')).toBe('12/03/2024 18:30');
  });

  it('leaves words alone', () => {
    expect(fixDigitLookalikes('BLOOD SOLO ZOO')).toBe('BLOOD SOLO ZOO');
    expect(fixDigitLookalikes('Sex: F')).toBe('Sex: F');
  });

  it('does not change a letter next to a letter that has no digit lookalike', () => {
    expect(fixDigitLookalikes('No9434765919')).toBe('No9434765919');
  });

  it('keeps offsets after characters outside the Basic Multilingual Plane', () => {
    const text = '😀 99O 1S';
    expect(fixDigitLookalikes(text)).toBe('😀 990 15');
  });
});
