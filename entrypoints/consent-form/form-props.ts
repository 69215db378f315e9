import type { ConsentFormProps } from '../../components/consent-form/ConsentForm';
import type { Settings } from '../../lib/settings/types';
import { SITES } from '../../lib/sites/registry';

/**
 * Settings key for the trust's extra consent-form wording. Not yet in lib/settings; read it
 * when it appears, so the form picks it up without another change here.
 */
export const EXTRA_WORDING_KEY = 'consentFormWording';

/** The form's props from effective settings (defaults < user options < managed policy). */
export function formPropsFrom(settings: Partial<Settings>): Omit<ConsentFormProps, 'onPrint'> {
  const extra = (settings as Record<string, unknown>)[EXTRA_WORDING_KEY];
  return {
    organisationName: (settings.organisationName ?? '').trim(),
    igContact: (settings.igContact ?? '').trim(),
    extraWording: typeof extra === 'string' ? extra.trim() : '',
    platforms: SITES.map((s) => s.name),
  };
}
