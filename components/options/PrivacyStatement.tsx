import { t } from '../../lib/i18n';

/** What Consent Guard does with images and data, in plain words. */
export function PrivacyStatement() {
  return (
    <section class="cg-card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('options_privacy_title')}</h2>
      <p><strong>{t('options_privacy_lead')}</strong></p>
      <ul>
        <li>{t('options_privacy_checks')}</li>
        <li>{t('options_privacy_log')}</li>
        <li>{t('options_privacy_settings')}</li>
        <li>{t('options_privacy_network')}</li>
      </ul>
    </section>
  );
}
