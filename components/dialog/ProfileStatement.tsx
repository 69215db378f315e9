import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ProfileOffer } from './types';

interface Props {
  offer: ProfileOffer;
  onCopy(text: string): Promise<boolean>;
  onOpenSettings(): void;
  onDismiss(): void;
}

const STATUS: Record<ProfileOffer['status'], string> = {
  present: 'dialog_profile_present',
  absent: 'dialog_profile_absent',
  unknown: 'dialog_profile_unknown',
  unreadable: 'dialog_profile_unreadable',
};

/** A small, collapsed offer of a consent statement for the user's profile. Never posts or edits anything. */
export function ProfileStatement({ offer, onCopy, onOpenSettings, onDismiss }: Props) {
  const [text, setText] = useState(offer.text);
  const [copied, setCopied] = useState(false);
  if (offer.status === 'present') {
    return (
      <p class="cg-muted cg-small cg-profile-present" data-testid="profile-status">
        {t(STATUS.present, offer.siteName)}
      </p>
    );
  }
  const over = text.length - offer.limit;
  return (
    <details class="cg-profile">
      <summary>{t('dialog_profile_heading')}</summary>
      <p class="cg-muted" data-testid="profile-status">
        {t(STATUS[offer.status], offer.siteName)}
      </p>
      <p class="cg-muted">{t('dialog_profile_body')}</p>
      <label class="cg-profile-label" for="cg-profile-text">
        {t('dialog_profile_text_label')} ({offer.siteName})
      </label>
      <textarea
        id="cg-profile-text"
        rows={3}
        value={text}
        aria-describedby="cg-profile-count"
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setCopied(false);
        }}
      />
      <p id="cg-profile-count" class={over > 0 ? 'cg-error-text cg-small' : 'cg-muted cg-small'}>
        {over > 0 ? t('dialog_profile_too_long', over) : t('dialog_profile_count', [text.length, offer.limit])}
      </p>
      <div class="cg-actions cg-actions-start">
        <button type="button" onClick={async () => setCopied(await onCopy(text))}>
          {copied ? t('dialog_profile_copied') : t('dialog_profile_copy')}
        </button>
        <button type="button" onClick={onOpenSettings}>
          {t('dialog_profile_open')}
        </button>
        <button type="button" class="cg-link-button" aria-label={t('dialog_profile_dismiss_label', offer.siteName)} onClick={onDismiss}>
          {t('dialog_profile_dismiss')}
        </button>
      </div>
      <p class="cg-visually-hidden" role="status">
        {copied ? t('dialog_profile_copied') : ''}
      </p>
    </details>
  );
}
