import { render } from 'preact';
import { ConsentForm } from '../../components/consent-form/ConsentForm';
import '../../components/consent-form/consent-form.css';
import { t } from '../../lib/i18n';
import { getSettingsState } from '../../lib/settings/store';
import { formPropsFrom } from './form-props';

// Reads settings only; this page never writes to storage (tests/e2e/consent-form.e2e.ts checks).
document.title = t('form_title');
void getSettingsState().then(({ settings }) => {
  render(<ConsentForm {...formPropsFrom(settings)} />, document.getElementById('app')!);
});
