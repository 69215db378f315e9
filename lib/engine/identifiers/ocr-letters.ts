/** Digits OCR commonly reads in place of letters, upper and lower case. */
const LETTER_LOOKALIKES: Readonly<Record<string, [upper: string, lower: string]>> = {
  '0': ['O', 'o'],
  '1': ['I', 'l'],
  '5': ['S', 's'],
  '8': ['B', 'B'],
  '|': ['I', 'l'],
};

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);

/**
 * Replaces digits that OCR confuses with letters ("SM1TH" → "SMITH", "J0nes" → "Jones",
 * "H0SPITAL" → "HOSPITAL"), but only inside runs of letters and digits with at least two letters and
 * more letters than digits, so "B5", "A3" and "i800" keep their digits. Case follows the neighbours.
 * The result has the same length as the input, so offsets are shared with the original.
 */
export function fixLetterLookalikes(text: string): string {
  const out = text.split('');
  for (const run of text.matchAll(/[\p{L}\p{N}|'’]+/gu)) {
    const chars = run[0].split('');
    const letters = chars.filter(isLetter).length;
    const digits = chars.length - letters;
    if (digits === 0 || letters < 2 || letters <= digits) continue;
    chars.forEach((ch, i) => {
      const pair = LETTER_LOOKALIKES[ch];
      if (pair === undefined) return;
      const neighbours = [chars[i - 1], chars[i + 1]].filter(isLetter);
      if (neighbours.length === 0) return;
      out[run.index + i] = neighbours.every(isUpper) ? pair[0] : pair[1];
    });
  }
  return out.join('');
}
