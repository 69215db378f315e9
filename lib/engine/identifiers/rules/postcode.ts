import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * The gov.uk bulk data transfer postcode pattern (BS 7666), unanchored, upper-case, with the space optional
 * because OCR often drops it. GIR 0AA is the one non-standard code.
 */
const OUTWARD = String.raw`(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9]?[A-Z])`;
const POSTCODE = new RegExp(String.raw`\b(?:GIR ?0AA|${OUTWARD} ?[0-9][A-Z]{2})\b`);
const STRICT = new RegExp(String.raw`^(?:GIR ?0AA|${OUTWARD} ?[0-9][A-Z]{2})$`);

/** Anything postcode-shaped once OCR's confusions are allowed: capitals and digits, 2-4 then 3. */
const LOOSE = /\b(?<out>[A-Z0-9]{2,4}) ?(?<in>[A-Z0-9]{3})\b/;

/** The UK's postcode areas: a repaired candidate must start with one of them. */
const AREAS = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE ' +
    'NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ ' +
    'TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE').split(' '),
);

const AS_DIGIT: Readonly<Record<string, string>> = { O: '0', D: '0', I: '1', L: '1', S: '5', B: '8', Z: '2', G: '6' };
const AS_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z', '6': 'G' };

/** The candidate with each character read as the class its position needs; how many were changed. */
function repair(outward: string, inward: string): { code: string; changed: number } | undefined {
  // Outward shapes by length: A9, A9A/AA9/A99, AA99/AA9A. Position 0 is always a letter, position 1 of a
  // two-letter area is a letter, the district's first character is a digit.
  const shapes: Record<number, string[]> = { 2: ['LD'], 3: ['LDD', 'LLD', 'LDL'], 4: ['LLDD', 'LLDL'] };
  const inwardShape = 'DLL';
  let best: { code: string; changed: number } | undefined;
  for (const shape of shapes[outward.length] ?? []) {
    let changed = 0;
    const fix = (chars: string, want: string): string =>
      [...chars].map((ch, i) => {
        const isDigit = /\d/.test(ch);
        if (want[i] === 'D' && !isDigit) { changed++; return AS_DIGIT[ch] ?? '?'; }
        if (want[i] === 'L' && isDigit) { changed++; return AS_LETTER[ch] ?? '?'; }
        return ch;
      }).join('');
    const code = `${fix(outward, shape)} ${fix(inward, inwardShape)}`;
    const area = /^[A-Z]+/.exec(code)?.[0] ?? '';
    if (!code.includes('?') && STRICT.test(code) && AREAS.has(area) && (best === undefined || changed < best.changed)) best = { code, changed };
  }
  return best;
}

/**
 * UK postcodes ("SW1A 1AA", "M1 1AE", "EH11AA"), and postcodes with one or two characters misread by OCR
 * ("EH1 1AA" read as "EHI 1AA", "EH1 IAA" or "EH1 1A4"), at lower confidence. A repaired candidate must
 * start with a real postcode area and keep at least two real capitals and one real digit, so settings
 * text ("A3 SE2") and words do not become postcodes.
 */
export const postcodeRule: IdentifierRule = {
  id: 'postcode',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    const exact = matchAllWithIndices(POSTCODE, text).map(
      (m): RawMatch => ({ type: 'postcode', ...spanOf(m), anchor: m.index, confidence: 0.85 }),
    );
    const misread = matchAllWithIndices(LOOSE, text).flatMap((m): RawMatch[] => {
      const raw = m[0];
      if (POSTCODE.test(raw) || !/\d/.test(raw) || (raw.match(/[A-Z]/g) ?? []).length < 2) return [];
      const fixed = repair(m.groups?.out ?? '', m.groups?.in ?? '');
      if (fixed === undefined || fixed.changed > 2) return [];
      return [{ type: 'postcode', ...spanOf(m), anchor: m.index, confidence: 0.6 }];
    });
    return [...exact, ...misread];
  },
};
