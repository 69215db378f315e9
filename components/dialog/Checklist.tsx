import { t } from '../../lib/i18n';

/** Ticks in the "post the original" checklist. */
export interface ChecklistState {
  consent: boolean;
  told: boolean;
  nothing: boolean;
  policy: boolean;
  anonymised: boolean;
  /** The organisation's reason picked in 'justify' mode; '' until picked. */
  reason: string;
}

/** Nothing ticked. */
export const EMPTY_CHECKLIST: ChecklistState = { consent: false, told: false, nothing: false, policy: false, anonymised: false, reason: '' };

/** All four consent points ticked. */
export const consentComplete = (s: ChecklistState) => s.consent && s.told && s.nothing && s.policy;

interface Props {
  state: ChecklistState;
  /** Gets one change at a time, so quick successive ticks never overwrite each other. */
  onChange(change: Partial<ChecklistState>): void;
  orgName: string;
  /** Offer "The image is fully anonymised": only when nothing identifying was found. */
  offerAnonymised: boolean;
  reasons: readonly string[];
  onOpenConsentForm(): void;
}

type Key = 'consent' | 'told' | 'nothing' | 'policy' | 'anonymised';

/** What the user confirms before the original goes out: written consent, or (if offered) anonymised. */
export function Checklist({ state, onChange, orgName, offerAnonymised, reasons, onOpenConsentForm }: Props) {
  const box = (key: Key, label: string, extra?: preact.ComponentChildren) => (
    <li>
      <label class="cg-check">
        <input type="checkbox" checked={state[key]} onChange={(e) => onChange({ [key]: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{label}</span>
      </label>
      {extra}
    </li>
  );
  return (
    <fieldset class="cg-checklist">
      <legend>{t('dialog_checklist_heading')}</legend>
      <ul>
        {box(
          'consent',
          t('dialog_checklist_consent'),
          <a
            class="cg-inline-link"
            href="/consent-form.html"
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              e.preventDefault();
              onOpenConsentForm();
            }}
          >
            {t('dialog_checklist_consent_form')}
          </a>,
        )}
        {box('told', t('dialog_checklist_told'))}
        {box('nothing', t('dialog_checklist_nothing'))}
        {box('policy', orgName ? t('dialog_checklist_policy_org', orgName) : t('dialog_checklist_policy'))}
      </ul>
      {offerAnonymised && (
        <>
          <p class="cg-or">{t('dialog_checklist_or')}</p>
          <ul>{box('anonymised', t('dialog_checklist_anonymised'))}</ul>
        </>
      )}
      {reasons.length > 0 && (
        <label class="cg-reason">
          <span>{t('dialog_reason_label')}</span>
          <select value={state.reason} onChange={(e) => onChange({ reason: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('dialog_reason_choose')}</option>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
