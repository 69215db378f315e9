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
  return failure.code === 'timeout' || failure.code === 'engine-failed' || failure.code === 'internal';
}

const NEXT: Record<OriginalOffer['kind'], string> = {
  none: 'dialog_error_next_blocked',
  'one-click': 'dialog_error_next_one_click',
  paths: 'dialog_error_next',
  automatic: 'dialog_error_allowed',
};

/** What the user can do after a failed check, as the organisation's policy allows. */
export function ErrorNotice({ offer }: { offer: OriginalOffer['kind'] }) {
  return <p class="cg-lead">{t(NEXT[offer])}</p>;
}
