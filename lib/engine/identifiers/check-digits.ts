/**
 * Check-digit arithmetic for NHS and CHI numbers.
 * NHS/CHI modulus 11: weights 10..2 on digits 1-9; check = 11 − (sum mod 11); 11 → 0; 10 → no valid number.
 * CHI modulus 10 (issued from late 2025 when a birth date's modulus-11 numbers run out): Luhn over digits 1-9,
 * doubling digit 9 and every second digit leftwards. Source: Public Health Scotland, phsmethods `chi_check()`
 * (R/chi_check.R, PR #149), which accepts a CHI that passes either check.
 */

const TEN_DIGITS = /^\d{10}$/;

function digitsOf(value: string): number[] {
  return value.split('').map(Number);
}

/** The modulus-11 check digit for nine digits, or `undefined` when the sum gives 10 (no valid number). */
export function mod11CheckDigit(nineDigits: string): number | undefined {
  const sum = digitsOf(nineDigits).reduce((total, digit, i) => total + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** The Luhn (modulus-10) check digit for nine digits, doubling the last digit and every second one before it. */
export function mod10CheckDigit(nineDigits: string): number {
  const digits = digitsOf(nineDigits);
  const sum = digits.reduce((total, digit, i) => {
    const doubled = (digits.length - 1 - i) % 2 === 0;
    const value = doubled ? digit * 2 : digit;
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/** Strips the spaces and hyphens people and OCR put inside identifiers. */
export function compactDigits(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/**
 * Whether a 10-digit NHS number has a valid modulus-11 check digit. Spaces and hyphens are ignored
 * ("943 476 5919" is accepted); anything else that is not exactly ten digits is invalid.
 */
export function nhsCheckDigitValid(digits: string): boolean {
  const compact = compactDigits(digits);
  if (!TEN_DIGITS.test(compact)) return false;
  return mod11CheckDigit(compact.slice(0, 9)) === Number(compact[9]);
}

/**
 * Whether a 10-digit CHI number has a valid check digit under either scheme (modulus 11, or the
 * modulus-10 variant). Does not check the date in the first six digits.
 */
export function chiCheckDigitValid(digits: string): boolean {
  const compact = compactDigits(digits);
  if (!TEN_DIGITS.test(compact)) return false;
  const payload = compact.slice(0, 9);
  const check = Number(compact[9]);
  return mod11CheckDigit(payload) === check || mod10CheckDigit(payload) === check;
}
