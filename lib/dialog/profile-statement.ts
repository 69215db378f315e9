import { t } from '../i18n';

const CONSENT = /\bconsent(?:ed|ing|s)?\b|#consentobtained|#withconsent/;
const IMAGES = /\b(?:images?|photos?|photographs?|pictures?|scans?|cases?|videos?)\b/;
const ANONYMISED = /\banonymi[sz]ed\b/;

/**
 * Whether profile text already carries a statement about sharing clinical images with consent,
 * e.g. "Clinical images shared only with patient consent" or "#ConsentObtained". Pure and read-only:
 * the content script passes the profile text it can see; nothing is ever edited.
 */
export function profileHasConsentStatement(text: string): boolean {
  const plain = text.toLowerCase().replace(/\s+/g, ' ');
  if (/#consentobtained|#withconsent/.test(plain)) return true;
  // Look for consent and images (or "anonymised") in the same sentence.
  return plain
    .split(/[.!?|•\n]/)
    .some((sentence) => CONSENT.test(sentence) && (IMAGES.test(sentence) || ANONYMISED.test(sentence)));
}

/** The suggested statement: the longer one when the site allows it, else the short one. */
export function suggestedStatement(limit: number): string {
  const long = t('dialog_profile_default_long');
  return long.length <= limit ? long : t('dialog_profile_default_short');
}
