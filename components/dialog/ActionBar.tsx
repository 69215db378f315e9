import { t } from '../../lib/i18n';

interface Props {
  /**
   * How "Post original" shows: `open` reveals the honest paths (confirm), `post` attaches (warn, or on the paths
   * once one is complete), absent when the original cannot be attached.
   */
  post?: 'open' | 'post';
  postReady: boolean;
  showRedact: boolean;
  /** Every marked area was removed: a redacted copy would cover nothing, so it is not offered as one. */
  redactBlocked: boolean;
  /** On the paths: a way back to the findings. */
  showBack: boolean;
  busy: boolean;
  /** Not yet in full view long enough for a choice to count: Post and Redact wait, Cancel never does. */
  settling: boolean;
  onCancel(): void;
  onPost(): void;
  onBack(): void;
  onRedact(): void;
}

/** The decisions, always at the bottom of the dialog: Cancel, Post original, Redact and continue. */
export function ActionBar({ post, postReady, showRedact, redactBlocked, showBack, busy, settling, onCancel, onPost, onBack, onRedact }: Props) {
  const redactFirst = showRedact && !redactBlocked && !showBack;
  return (
    <div class="cg-actions cg-actionbar">
      {post === 'post' && !postReady && (
        <p id="cg-post-hint" class="cg-muted cg-small cg-hint">
          {t('dialog_checklist_hint')}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        {t('dialog_cancel')}
      </button>
      {showBack && (
        <button type="button" onClick={onBack}>
          {t('dialog_back')}
        </button>
      )}
      {post && (
        <button
          type="button"
          class={redactFirst ? undefined : 'cg-primary'}
          disabled={(post === 'post' && !postReady) || busy || settling}
          aria-describedby={post === 'post' && !postReady ? 'cg-post-hint' : undefined}
          onClick={onPost}
        >
          {post === 'open' ? t('dialog_post_original_more') : t('dialog_post_original')}
        </button>
      )}
      {showRedact && !showBack && (
        <button type="button" class={redactFirst ? 'cg-primary' : undefined} disabled={busy || settling || redactBlocked} aria-busy={busy} onClick={onRedact}>
          {t('dialog_redact')}
        </button>
      )}
    </div>
  );
}
