import type { ConsentFormProps } from '../../components/consent-form/ConsentForm';
import type { Settings } from '../../lib/settings/types';
import { SITES } from '../../lib/sites/registry';

/** The form's props from effective settings (defaults < user options < managed policy). */
export function formPropsFrom(settings: Partial<Settings>): Omit<ConsentFormProps, 'onPrint'> {
  return {
    organisationName: (settings.organisationName ?? '').trim(),
    igContact: (settings.igContact ?? '').trim(),
    extraWording: (settings.consentFormWording ?? '').trim(),
    platforms: SITES.map((s) => s.name),
  };
}
