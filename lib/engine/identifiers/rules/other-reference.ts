import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const LABEL = [
  String.raw`Accession(?:[ \t]*(?:No|Number|#))?`,
  String.raw`Acc\.?[ \t]*(?:No|#)`,
  String.raw`Study[ \t]*(?:ID|No|UID|Number)`,
  String.raw`Series[ \t]*UID`,
  String.raw`(?:Exam|Episode|Visit|Request|Order|Specimen|Lab|Encounter|Referral)[ \t]*(?:No|ID|Number|#)`,
].join('|');

const LABELLED = new RegExp(String.raw`\b(?:${LABEL})(?![A-Za-z])\.?[\s:#=.\-]*(?<value>[A-Za-z0-9][A-Za-z0-9.\-\/]{3,63})`, 'i');

/** Accession, study, episode and request numbers: they lead back to the patient's record. */
export const otherReferenceRule: IdentifierRule = {
  id: 'other-reference',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    return matchAllWithIndices(LABELLED, text).flatMap((m): RawMatch[] => {
      const { start, end } = spanOf(m, 'value');
      const value = text.slice(start, end).replace(/[.\-\/]+$/, '');
      if (!/\d/.test(value)) return [];
      return [{ type: 'other', start, end: start + value.length, anchor: m.index, confidence: 0.7 }];
    });
  },
};
