import { t } from '../../lib/i18n';

interface Props {
  /** Show "Post original"; `postReady` enables it. */
  showPost: boolean;
  postReady: boolean;
  showRedact: boolean;
  /** Every marked area was removed: a redacted copy would cover nothing, so it is not offered as one. */
  redactBlocked: boolean;
  busy: boolean;
  onCancel(): void;
  onPost(): void;
  onRedact(): void;
}

/** The decisions, always at the bottom of the dialog: Cancel, Post original, Redact and continue. */
export function ActionBar({ showPost, postReady, showRedact, redactBlocked, busy, onCancel, onPost, onRedact }: Props) {
  return (
    <div class="cg-actions cg-actionbar">
      {showPost && !postReady && (
        <p id="cg-post-hint" class="cg-muted cg-small cg-hint">
          {t('dialog_checklist_hint')}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        {t('dialog_cancel')}
      </button>
      {showPost && (
        <button type="button" class={redactBlocked ? 'cg-primary' : undefined} disabled={!postReady || busy} aria-describedby={postReady ? undefined : 'cg-post-hint'} onClick={onPost}>
          {t('dialog_post_original')}
        </button>
      )}
      {showRedact && (
        <button type="button" class={redactBlocked ? undefined : 'cg-primary'} disabled={busy || redactBlocked} aria-busy={busy} onClick={onRedact}>
          {t('dialog_redact')}
        </button>
      )}
    </div>
  );
}
