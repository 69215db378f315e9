import { describe, expect, it } from 'vitest';
import { chiCheckDigitValid, mod10CheckDigit, mod11CheckDigit } from '../../../lib/engine/identifiers/check-digits';
import { formatNhsNumber, generateTestNhsNumber, nhsCheckDigitValid } from '../../../lib/engine/identifiers';

describe('nhsCheckDigitValid', () => {
  it('accepts the worked example from the NHS number documentation', () => {
    expect(nhsCheckDigitValid('9434765919')).toBe(true);
    expect(nhsCheckDigitValid('943 476 5919')).toBe(true);
    expect(nhsCheckDigitValid('943-476-5919')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(nhsCheckDigitValid('9434765918')).toBe(false);
    expect(nhsCheckDigitValid('9990000019')).toBe(false);
  });

  it('accepts test-range numbers whose check digit is valid, including an 11 → 0 case', () => {
    expect(nhsCheckDigitValid('9990000018')).toBe(true);
    expect(nhsCheckDigitValid('9993155810')).toBe(true);
  });

  it('rejects numbers whose remainder gives a check of 10', () => {
    expect(mod11CheckDigit('999512341')).toBeUndefined();
    for (let d = 0; d <= 9; d += 1) expect(nhsCheckDigitValid(`999512341${d}`)).toBe(false);
  });

  it('rejects the wrong length and non-digits', () => {
    expect(nhsCheckDigitValid('943476591')).toBe(false);
    expect(nhsCheckDigitValid('94347659190')).toBe(false);
    expect(nhsCheckDigitValid('94347659I9')).toBe(false);
    expect(nhsCheckDigitValid('')).toBe(false);
  });
});

describe('generateTestNhsNumber', () => {
  it('gives valid numbers in the reserved 999 test range', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const number = generateTestNhsNumber(seed);
      expect(number).toMatch(/^999\d{7}$/);
      expect(nhsCheckDigitValid(number)).toBe(true);
    }
  });

  it('is deterministic per seed and varies between seeds', () => {
    expect(generateTestNhsNumber(42)).toBe(generateTestNhsNumber(42));
    const distinct = new Set(Array.from({ length: 50 }, (_, seed) => generateTestNhsNumber(seed)));
    expect(distinct.size).toBeGreaterThan(45);
  });

  it('formats as 3-3-4', () => {
    expect(formatNhsNumber('9990000018')).toBe('999 000 0018');
  });
});

describe('CHI check digits', () => {
  it('computes modulus 10 as Luhn over nine digits', () => {
    expect(mod10CheckDigit('150650123')).toBe(6);
    expect(mod10CheckDigit('150650125')).toBe(1);
    // The textbook Luhn example: payload 7992739871, check digit 3.
    expect(mod10CheckDigit('7992739871')).toBe(3);
  });

  it('accepts a CHI that passes either modulus 11 or modulus 10', () => {
    expect(chiCheckDigitValid('1506501230')).toBe(true); // modulus 11
    expect(chiCheckDigitValid('1506501236')).toBe(true); // modulus 10
    expect(chiCheckDigitValid('1506501231')).toBe(false);
  });
});
