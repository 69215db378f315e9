import type { IdentifierRule } from '../types';
import { addressRule } from './address';
import { ageSexRule } from './age-sex';
import { chiNumberRule } from './chi-number';
import { dateRule } from './date';
import { dateOfBirthRule } from './date-of-birth';
import { emailRule } from './email';
import { hospitalNumberRule } from './hospital-number';
import { institutionRule } from './institution';
import { nameRule } from './name';
import { nhsNumberRule } from './nhs-number';
import { otherReferenceRule } from './other-reference';
import { phoneRule } from './phone';
import { postcodeRule } from './postcode';
import { relativeTimeRule } from './relative-time';
import { timeRule } from './time';

/** Every identifier rule. Order does not matter: overlaps are resolved by confidence and type. */
export const ALL_RULES: readonly IdentifierRule[] = [
  nhsNumberRule,
  chiNumberRule,
  hospitalNumberRule,
  nameRule,
  dateOfBirthRule,
  dateRule,
  timeRule,
  ageSexRule,
  postcodeRule,
  phoneRule,
  emailRule,
  addressRule,
  institutionRule,
  otherReferenceRule,
  relativeTimeRule,
];
