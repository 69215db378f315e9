import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useCatalogue, type Catalogue } from '../../../lib/i18n';

/** The shipped en_GB catalogue. */
export const MESSAGES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en_GB/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

useCatalogue(MESSAGES);

/**
 * The form's printed prose: every `form_` message that is a sentence (ends in . ? !), leaving out
 * on-screen notes for the clinician (`form_screen_`). Headings and field labels are not prose.
 * `$1` becomes a typical organisation name.
 */
export function printedProse(): string[] {
  return Object.entries(MESSAGES)
    .filter(([key, { message }]) => key.startsWith('form_') && !key.startsWith('form_screen_') && /[.?!]$/.test(message))
    .map(([, { message }]) => message.replace(/\$1/g, 'the hospital'));
}
