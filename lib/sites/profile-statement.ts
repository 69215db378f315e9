import type { OwnProfileReader } from './types';

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

/**
 * The signed-in user's own profile text on this page, or undefined when the page is not their own profile (or the
 * text is not on it). Read-only: nothing on the page is changed.
 */
export function readOwnProfileText(reader: OwnProfileReader, doc: Document, pathname: string): string | undefined {
  if (!reader.paths.some((path) => path.test(pathname))) return undefined;
  if (!reader.ownMarkers.some((selector) => doc.querySelector(selector))) return undefined;
  for (const selector of reader.textSelectors) {
    const element = doc.querySelector(selector);
    if (!element) continue;
    return element.matches('textarea, input') ? (element as HTMLTextAreaElement).value : (element.textContent ?? '');
  }
  return undefined;
}
