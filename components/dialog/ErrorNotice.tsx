import type { CheckFailure } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import type { OriginalOffer } from '../../lib/settings/modes';

/** A failed check in plain words; the file has not been posted. */
export function describeFailure(name: string, failure: CheckFailure): string {
  if (failure.code === 'unsupported-image') return t('dialog_error_unsupported', name);
  if (failure.code === 'timeout') return t('dialog_error_timeout', name);
  if (failure.code === 'not-found') return t('dialog_error_session');
  return t('dialog_error_failed', [name, failure.message]);
}

/** Whether checking again could give a different answer: a slow or failed check can; an unsupported file or an ended session cannot. */
export function retryable(failure: CheckFailure): boolean {
  return !failure.unreadable && (failure.code === 'timeout' || failure.code === 'engine-failed' || failure.code === 'internal');
}

const NEXT: Record<OriginalOffer['kind'], string> = {
  none: 'dialog_error_next_blocked',
  'one-click': 'dialog_error_next_one_click',
  paths: 'dialog_error_next',
  automatic: 'dialog_error_allowed',
};

/** The same advice without "check it again, or cover areas by hand", for files that cannot be read at all. */
const NEXT_UNREADABLE: Partial<Record<OriginalOffer['kind'], string>> = {
  'one-click': 'dialog_error_next_unreadable_one_click',
  paths: 'dialog_error_next_unreadable',
};

/** What the user can do after a failed check, as the organisation's policy allows; `recoverable` when some failed image can be checked again. */
export function ErrorNotice({ offer, recoverable = true }: { offer: OriginalOffer['kind']; recoverable?: boolean }) {
  return <p class="cg-lead">{t((!recoverable && NEXT_UNREADABLE[offer]) || NEXT[offer])}</p>;
}
