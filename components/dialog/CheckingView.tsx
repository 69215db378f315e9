import { t } from '../../lib/i18n';

/** Progress while images are checked: "Checking 2 of 3 images…". */
export function CheckingView({ done, total }: { done: number; total: number }) {
  const label = progressText(done, total);
  return (
    <div class="cg-checking">
      <p class="cg-lead">{label}</p>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <p class="cg-muted">{t('dialog_on_device')}</p>
    </div>
  );
}

/** The words announced for progress, shared with the live region. */
export function progressText(done: number, total: number): string {
  return total <= 1 ? t('dialog_checking_one') : t('dialog_checking_many', [Math.min(done + 1, total), total]);
}
