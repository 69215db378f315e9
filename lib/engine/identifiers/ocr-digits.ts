/** Letters OCR commonly reads in place of digits. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = {
  O: '0', o: '0', D: '0',
  I: '1', l: '1', i: '1', '|': '1',
  S: '5', s: '5',
  B: '8',
  Z: '2', z: '2',
};

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLookalike = (ch: string | undefined): boolean => ch !== undefined && ch in DIGIT_LOOKALIKES;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Replaces letters that OCR confuses with digits ("94S 476 59l9" → "945 476 5919"), but only inside
 * runs of letters and digits that are at least half real digits, and never next to a letter that has no
 * digit lookalike (so "No9434765919" keeps its "o"). The result has the same length as the input,
 * so offsets found in it point at the same characters of the original.
 */
export function fixDigitLookalikes(text: string): string {
  const out = text.split('');
  const runPattern = /[\p{L}\p{N}|]+/gu;
  for (const run of text.matchAll(runPattern)) {
    const chars = run[0].split('');
    const digitCount = chars.filter((ch) => isDigit(ch)).length;
    if (digitCount === 0 || digitCount * 2 < chars.length) continue;
    const start = run.index;
    chars.forEach((ch, i) => {
      if (!isLookalike(ch)) return;
      const before = chars[i - 1];
      const after = chars[i + 1];
      const nextToPlainLetter = [before, after].some((n) => isLetter(n) && !isLookalike(n));
      if (nextToPlainLetter) return;
      out[start + i] = DIGIT_LOOKALIKES[ch] ?? ch;
    });
  }
  return out.join('');
}
