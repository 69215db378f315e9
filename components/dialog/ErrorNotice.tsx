import type { CheckFailure } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';

/** A failed check in plain words; the file always stays held. */
export function describeFailure(name: string, failure: CheckFailure): string {
  if (failure.code === 'unsupported-image') return t('dialog_error_unsupported', name);
  if (failure.code === 'timeout') return t('dialog_error_timeout', name);
  if (failure.code === 'not-found') return t('dialog_error_session');
  return t('dialog_error_failed', [name, failure.message]);
}

/** What the user can do after a failed check. */
export function ErrorNotice({ canPostOriginal }: { canPostOriginal: boolean }) {
  return <p class="cg-lead">{t(canPostOriginal ? 'dialog_error_next' : 'dialog_error_next_blocked')}</p>;
}
