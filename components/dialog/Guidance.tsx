import { t } from '../../lib/i18n';

/** Before-you-post advice that no detector can check: rarity, the team, time and place, age and sex. */
export function Guidance() {
  return (
    <aside class="cg-guidance" aria-labelledby="cg-guidance-title">
      <h3 id="cg-guidance-title">{t('dialog_guidance_heading')}</h3>
      <ul>
        <li>{t('dialog_guidance_rare')}</li>
        <li>{t('dialog_guidance_context')}</li>
        <li>{t('dialog_guidance_age_sex')}</li>
      </ul>
    </aside>
  );
}
