import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isTestRangeNhsNumber, isValidNhsNumber, nhsCheckDigit, randomTestNhsNumber } from '../../fixtures/generator/nhs';
import { Rng } from '../../fixtures/generator/rng';

describe('NHS numbers', () => {
  it('computes the modulus-11 check digit of the documented example', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
  });

  it('treats remainder 10 as invalid and 11 as 0', () => {
    // 999000001: sum = 9*10+9*9+9*8+1*2 = 245, 245 mod 11 = 3 -> 8
    expect(nhsCheckDigit('999000001')).toBe(8);
    const ten = Array.from({ length: 2000 }, (_, i) => `999${String(i).padStart(6, '0')}`).find((d) => nhsCheckDigit(d) === undefined);
    expect(ten).toBeDefined();
    const zero = Array.from({ length: 2000 }, (_, i) => `999${String(i).padStart(6, '0')}`).find((d) => nhsCheckDigit(d) === 0);
    expect(zero).toBeDefined();
  });

  it('draws only valid numbers from the 999 test range', () => {
    const rng = new Rng(123);
    for (let i = 0; i < 2000; i++) {
      const n = randomTestNhsNumber(rng);
      expect(n).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(n)).toBe(true);
      expect(isTestRangeNhsNumber(formatNhsNumber(n))).toBe(true);
    }
  });

  it('formats as 3-3-4', () => {
    expect(formatNhsNumber('9991234567')).toBe('999 123 4567');
    expect(formatNhsNumber('9991234567', '-')).toBe('999-123-4567');
  });
});
