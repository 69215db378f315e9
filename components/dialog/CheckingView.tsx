import { useEffect, useState } from 'preact/hooks';
import { describeProgress, progressFraction, STILL_CHECKING_AFTER_MS } from '../../lib/dialog/progress';
import { t } from '../../lib/i18n';
import { FindingList } from './FindingList';
import type { ImageView } from './types';

/**
 * Progress while images are checked: "Checking 2 of 3 images…", the findings of the image being
 * checked as they come, and after a while a "still checking" note (Cancel stays in the action bar).
 */
export function CheckingView({ done, total, current }: { done: number; total: number; current?: ImageView | undefined }) {
  const label = progressText(done, total);
  const slow = useStillChecking(current?.checkingSince);
  const value = Math.min(total, done + progressFraction(current?.progress));
  return (
    <div class="cg-checking">
      <p class="cg-lead">{label}</p>
      <progress max={Math.max(total, 1)} value={value} aria-label={label} />
      <p class="cg-still" aria-live="polite">
        {slow ? t('dialog_still_checking') : ''}
      </p>
      {current?.progress && <FindingList lines={describeProgress(current.progress)} />}
      <p class="cg-muted">{t('dialog_on_device')}</p>
    </div>
  );
}

/** True once the check that started at `since` has run longer than STILL_CHECKING_AFTER_MS. */
function useStillChecking(since: number | undefined): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (since === undefined) return;
    const timer = setTimeout(() => setSlow(true), Math.max(0, since + STILL_CHECKING_AFTER_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [since]);
  return slow;
}

/** The words announced for progress, shared with the live region. */
export function progressText(done: number, total: number): string {
  return total <= 1 ? t('dialog_checking_one') : t('dialog_checking_many', [Math.min(done + 1, total), total]);
}
