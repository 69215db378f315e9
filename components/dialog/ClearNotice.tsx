import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  delayMs: number;
  onPostNow(): void;
  onReview(): void;
  onCancel(): void;
}

/**
 * The short notice for a clear result: the file goes on by itself after `delayMs` unless the user steps in.
 * "Post now" is the main action. The seconds left are a number (shown instead of the moving bar when the
 * user asks for reduced motion), so the countdown is visible either way.
 */
export function ClearNotice({ delayMs, onPostNow, onReview, onCancel }: Props) {
  const [left, setLeft] = useState(Math.ceil(delayMs / 1000));
  useEffect(() => {
    const end = Date.now() + delayMs;
    const timer = setInterval(() => setLeft(Math.max(0, Math.ceil((end - Date.now()) / 1000))), 250);
    return () => clearInterval(timer);
  }, [delayMs]);
  return (
    <div class="cg-clear">
      <p>{t('dialog_clear_body')}</p>
      <div class="cg-countdown" aria-hidden="true">
        <span style={{ animationDuration: `${delayMs}ms` }} />
      </div>
      <p class="cg-countdown-number" data-testid="countdown">
        {t('dialog_clear_countdown', left)}
      </p>
      <div class="cg-actions">
        <button type="button" onClick={onCancel}>
          {t('dialog_cancel')}
        </button>
        <button type="button" onClick={onReview}>
          {t('dialog_clear_review')}
        </button>
        <button type="button" class="cg-primary" data-autofocus onClick={onPostNow}>
          {t('dialog_clear_post_now')}
        </button>
      </div>
    </div>
  );
}
