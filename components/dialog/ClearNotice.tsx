import { t } from '../../lib/i18n';

interface Props {
  delayMs: number;
  onReview(): void;
  onCancel(): void;
}

/** The short notice for a clear result; the file goes on by itself unless the user steps in. */
export function ClearNotice({ delayMs, onReview, onCancel }: Props) {
  return (
    <div class="cg-clear">
      <p>{t('dialog_clear_body')}</p>
      <div class="cg-countdown" aria-hidden="true">
        <span style={{ animationDuration: `${delayMs}ms` }} />
      </div>
      <div class="cg-actions">
        <button type="button" onClick={onCancel}>
          {t('dialog_cancel')}
        </button>
        <button type="button" class="cg-primary" onClick={onReview}>
          {t('dialog_clear_review')}
        </button>
      </div>
    </div>
  );
}
