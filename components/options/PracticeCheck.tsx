import { FindingList } from '../dialog/FindingList';
import { describeReport } from '../../lib/dialog/findings';
import type { Report } from '../../lib/engine/report';
import { t } from '../../lib/i18n';

/** The state of one practice check. */
export type PracticeState =
  | { status: 'idle' }
  | { status: 'checking'; name: string }
  | { status: 'done'; name: string; report: Report; url?: string }
  | { status: 'failed'; name: string; error: string };

export interface PracticeCheckProps {
  state: PracticeState;
  onPick(file: File): void;
}

/** "Check an image": runs the same on-device check as the dialog on a chosen file; nothing is posted or kept. */
export function PracticeCheck({ state, onPick }: PracticeCheckProps) {
  return (
    <section class="cg-card" id="check" aria-labelledby="check-title">
      <h2 id="check-title">{t('options_check_title')}</h2>
      <p class="cg-hint" id="check-hint">{t('options_check_hint')}</p>
      <label for="check-file" class="cg-file-label">{t('options_check_pick')}</label>
      <input id="check-file" type="file" accept="image/*" aria-describedby="check-hint"
        onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) onPick(f); }} />
      <div role="status" aria-live="polite" class="cg-check-result">
        {state.status === 'idle' && <p class="cg-empty">{t('options_check_empty')}</p>}
        {state.status === 'checking' && <p>{t('options_check_checking', state.name)}</p>}
        {state.status === 'failed' && <p class="cg-error">{t('options_check_failed', [state.name, state.error])}</p>}
        {state.status === 'done' && (
          <div class="cg-check-done">
            {state.url && <img src={state.url} alt={t('options_check_image_alt', state.name)} class="cg-thumb" />}
            <div>
              <p><strong>{t(`options_verdict_${state.report.verdict}`)}</strong></p>
              <FindingList lines={describeReport(state.report)} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
