import { t } from '../../lib/i18n';
import { LineField, TickBox, WriteArea } from './fields';

const PURPOSES = ['form_purpose_teach', 'form_purpose_discuss', 'form_purpose_aware'] as const;

/** Section 2: why the picture will be shared (education, discussion with colleagues, awareness) and what will be said with it. */
export function PurposeSection() {
  return (
    <section class="cf-section" aria-labelledby="cf-h-purpose">
      <h2 id="cf-h-purpose">{t('form_h_purpose')}</h2>
      <p>{t('form_tick_all')}</p>
      <div class="cf-ticks">
        {PURPOSES.map((key) => (
          <TickBox key={key} name={key}>
            {t(key)}
          </TickBox>
        ))}
      </div>
      <WriteArea label={t('form_story')} name="story" rows={3} />
    </section>
  );
}

/** Section 3: the named platforms to tick, "Other", and the account the post comes from. */
export function PlatformSection({ platforms }: { platforms: readonly string[] }) {
  return (
    <section class="cf-section" aria-labelledby="cf-h-platforms">
      <h2 id="cf-h-platforms">{t('form_h_platforms')}</h2>
      <p>{t('form_platforms_hint')}</p>
      <div class="cf-platforms">
        {platforms.map((name) => (
          <TickBox key={name} name={`platform-${name}`}>
            {name}
          </TickBox>
        ))}
        <div class="cf-other">
          <TickBox name="platform-other">{t('form_platform_other')}</TickBox>
          <input type="text" name="platform-other-name" autocomplete="off" aria-label={t('form_platform_other_name')} />
        </div>
      </div>
      <LineField label={t('form_account')} name="account" wide />
    </section>
  );
}
