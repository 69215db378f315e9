import { mod11CheckDigit } from './check-digits';

/** A small deterministic PRNG (mulberry32), so the same seed always gives the same number. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid NHS number (10 digits, no spaces) from the reserved test range 999 000 0000 – 999 999 9999,
 * which is never issued to patients. The same seed always gives the same number.
 */
export function generateTestNhsNumber(seed: number): string {
  const random = seededRandom(seed);
  for (;;) {
    const middle = String(Math.floor(random() * 1_000_000)).padStart(6, '0');
    const payload = `999${middle}`;
    const check = mod11CheckDigit(payload);
    if (check !== undefined) return `${payload}${check}`;
  }
}

/** Formats ten digits the way NHS numbers are printed: "999 123 4567". */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
