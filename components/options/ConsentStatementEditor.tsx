import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ProfileStatuses } from '../../lib/settings/profile-status';
import { SITES } from '../../lib/sites/registry';
import type { SiteId } from '../../lib/sites/types';

export interface ConsentStatementEditorProps {
  value: string;
  defaultValue: string;
  locked: boolean;
  onSave(text: string): void;
  profiles: { statuses: ProfileStatuses; hidden: SiteId[] };
  onShowOffer(site: SiteId): void;
}

/** Edits the consent statement the dialog offers for the user's profiles, and shows what each profile was seen to say. */
export function ConsentStatementEditor({ value, defaultValue, locked, onSave, profiles, onShowOffer }: ConsentStatementEditorProps) {
  const [draft, setDraft] = useState(value);
  const changed = draft.trim() !== value;
  const tooLongFor = SITES.filter((s) => draft.trim().length > s.profileTextLimit).map((s) => `${s.name} (${s.profileTextLimit})`);
  return (
    <section class="cg-card" id="statement" aria-labelledby="statement-title">
      <h2 id="statement-title">{t('options_statement_title')}</h2>
      <p class="cg-hint" id="statement-hint">{t('options_statement_hint')}</p>
      <label for="statement-text" class="cg-visually-hidden">{t('options_statement_title')}</label>
      <textarea id="statement-text" rows={4} maxLength={2000} value={draft} disabled={locked} aria-describedby="statement-hint statement-count"
        onInput={(e) => setDraft(e.currentTarget.value)} />
      <p class="cg-hint" id="statement-count">
        {t('options_characters', draft.length)}
        {tooLongFor.length > 0 && ` ${t('options_statement_too_long_for', tooLongFor.join(', '))}`}
      </p>
      <blockquote class="cg-preview" aria-label={t('options_statement_preview')}>{draft.trim() || t('options_statement_empty')}</blockquote>
      {locked ? (
        <p class="cg-locked">{t('options_locked')}</p>
      ) : (
        <div class="cg-actions">
          <button type="button" disabled={!changed} onClick={() => onSave(draft.trim())}>{t('options_save')}</button>
          <button type="button" class="cg-secondary" onClick={() => { setDraft(defaultValue); onSave(defaultValue); }}>{t('options_reset_default')}</button>
        </div>
      )}
      <h3>{t('options_profiles_title')}</h3>
      <ul class="cg-profiles" data-testid="profile-statuses">
        {SITES.map((site) => {
          const seen = profiles.statuses[site.id];
          const status = !site.ownProfile ? t('options_profile_unreadable')
            : !seen ? t('options_profile_unknown')
            : t(seen.hasStatement ? 'options_profile_present' : 'options_profile_absent', new Date(seen.seenAt).toLocaleDateString('en-GB', { dateStyle: 'medium' }));
          const hidden = profiles.hidden.includes(site.id);
          return (
            <li key={site.id}>
              <strong>{site.name}</strong>: {status}
              {hidden && (
                <>
                  {' '}{t('options_profile_hidden')}{' '}
                  <button type="button" class="cg-secondary" onClick={() => onShowOffer(site.id)} aria-label={t('options_profile_show_again_label', site.name)}>
                    {t('options_profile_show_again')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
