import { t } from '../../lib/i18n';
import { LineField } from './fields';

const POINTS = [
  'form_means_public',
  'form_means_copy',
  'form_means_remove',
  'form_means_risk',
  'form_means_choice',
  'form_means_withdraw',
] as const;

/** Section 4: what sharing means (public, copied, what is removed, residual risk, choice, withdrawal), plus the trust's own words. */
export function MeaningSection({ organisationName, extraWording }: { organisationName: string; extraWording: string }) {
  const extra = extraWording.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <section class="cf-section" aria-labelledby="cf-h-means">
      <h2 id="cf-h-means">{t('form_h_means')}</h2>
      <ul class="cf-points">
        {POINTS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {extra.length > 0 && (
        <div class="cf-extra" data-testid="extra-wording">
          <h3>{organisationName ? t('form_extra_heading', organisationName) : t('form_extra_heading_plain')}</h3>
          {extra.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </section>
  );
}

/** Section 5: who to contact with questions or to withdraw; the trust's IG contact when set. */
export function ContactSection({ igContact }: { igContact: string }) {
  return (
    <section class="cf-section cf-keep" aria-labelledby="cf-h-contact">
      <h2 id="cf-h-contact">{t('form_h_contact')}</h2>
      <LineField label={t('form_contact_intro')} name="contact" wide />
      {igContact && <p data-testid="ig-contact">{t('form_contact_ig', igContact)}</p>}
    </section>
  );
}
