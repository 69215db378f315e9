import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const STREET_WORDS = (
  'Road Rd Street St Lane Ln Avenue Ave Close Crescent Cres Court Ct Drive Way Place Pl Terrace Tce ' +
  'Gardens Gdns Grove Square Sq Mews Walk Row Hill Park View Rise Parade Green Vale Wynd Gate'
).split(' ');

/** Each street word as written ("Road") or in capitals ("ROAD"), as overlays print. */
const STREET = STREET_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|');

const NAME_WORD = String.raw`[A-Z][A-Za-z'’\-]+`;

/** 12 Church Road, 3a HIGH STREET, 221B Baker St. */
const STREET_ADDRESS = new RegExp(
  String.raw`\b\d{1,4}[A-Za-z]?,?[ \t]+(?:${NAME_WORD}[ \t]+){1,3}(?:${STREET})\b\.?`,
);

/** Flat 3, Apartment 12B, Apt. 4. */
const FLAT = /\b(?:Flat|FLAT|Apartment|APARTMENT|Apt|APT)\.?[ \t]+\d{1,4}[A-Za-z]?\b/;

/** Street addresses and flat numbers. Postcodes have their own rule. */
export const addressRule: IdentifierRule = {
  id: 'address',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    return [STREET_ADDRESS, FLAT].flatMap((pattern) =>
      matchAllWithIndices(pattern, text).map((m): RawMatch => {
        const { start } = spanOf(m);
        return { type: 'address', start, end: start + m[0].replace(/\.$/, '').length, anchor: start, confidence: 0.75 };
      }),
    );
  },
};
