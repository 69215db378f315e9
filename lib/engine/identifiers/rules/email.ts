import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const EMAIL = /\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b/;

/** E-mail addresses (nhs.net addresses included: they name the clinician or the patient). */
export const emailRule: IdentifierRule = {
  id: 'email',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    return matchAllWithIndices(EMAIL, text).map(
      (m): RawMatch => ({ type: 'email', ...spanOf(m), anchor: m.index, confidence: 0.95 }),
    );
  },
};
