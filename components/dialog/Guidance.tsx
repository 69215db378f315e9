import { t } from '../../lib/i18n';

/**
 * Before-you-post advice that no detector can check (rarity, the team, time and place, age and sex) and the GMC's
 * rule for internal images. Folded to one line so the decision stays on one screen.
 */
export function Guidance() {
  return (
    <details class="cg-guidance">
      <summary>{t('dialog_guidance_more')}</summary>
      <h3 class="cg-visually-hidden">{t('dialog_guidance_heading')}</h3>
      <ul>
        <li>{t('dialog_guidance_rare')}</li>
        <li>{t('dialog_guidance_context')}</li>
        <li>{t('dialog_guidance_age_sex')}</li>
        <li>{t('dialog_gmc_internal')}</li>
      </ul>
    </details>
  );
}
