import { t } from '../../lib/i18n';
import type { OriginalPath } from '../../lib/settings/modes';

/** The path the user chose and what they confirmed on it. */
export interface PathState {
  path?: OriginalPath;
  /** Ticked statements, by key. */
  ticked: Record<string, boolean>;
  /** For `other-reason`: the organisation's reason picked; '' until picked. */
  otherReason: string;
}

export const EMPTY_PATH: PathState = { ticked: {}, otherReason: '' };

/** The statements each path asks the user to confirm; every one must be true of that path. */
export const STATEMENTS: Record<OriginalPath, readonly string[]> = {
  'written-consent': ['dialog_consent_scope', 'dialog_consent_told', 'dialog_consent_recorded'],
  'false-alarm': ['dialog_false_alarm_confirm'],
  anonymised: ['dialog_anonymised_confirm'],
  'other-reason': [],
};

/** Whether the chosen path is complete: every statement ticked, and a reason picked for `other-reason`. */
export function pathComplete(state: PathState, offered: readonly OriginalPath[]): boolean {
  if (!state.path || !offered.includes(state.path)) return false;
  if (state.path === 'other-reason' && state.otherReason === '') return false;
  return STATEMENTS[state.path].every((key) => state.ticked[key]);
}

interface Props {
  offered: readonly OriginalPath[];
  state: PathState;
  /** Gets one change at a time, so quick successive ticks never overwrite each other. */
  onChange(change: Partial<PathState>): void;
  siteName: string;
  orgName: string;
  otherReasons: readonly string[];
  onOpenConsentForm(): void;
}

/**
 * The honest ways to attach the original: the user picks the one that is true, then confirms its statements.
 * No path asks for a statement that another path makes untrue.
 */
export function OriginalPaths({ offered, state, onChange, siteName, orgName, otherReasons, onOpenConsentForm }: Props) {
  const title: Record<OriginalPath, string> = {
    'written-consent': t('dialog_path_consent'),
    'false-alarm': t('dialog_path_false_alarm'),
    anonymised: t('dialog_path_anonymised'),
    'other-reason': orgName ? t('dialog_path_other_org', orgName) : t('dialog_path_other'),
  };
  const statement = (key: string) => (
    <li key={key}>
      <label class="cg-check">
        <input
          type="checkbox"
          checked={state.ticked[key] === true}
          onChange={(e) => onChange({ ticked: { [key]: (e.currentTarget as HTMLInputElement).checked } })}
        />
        <span>{key === 'dialog_consent_scope' ? t(key, siteName || t('dialog_this_site')) : t(key)}</span>
      </label>
      {key === 'dialog_consent_recorded' && (
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
        </a>
      )}
    </li>
  );
  return (
    <fieldset class="cg-checklist">
      <legend>{t('dialog_paths_heading')}</legend>
      {offered.map((path) => (
        <div key={path} class="cg-path">
          <label class="cg-check cg-path-choice">
            <input type="radio" name="cg-path" value={path} checked={state.path === path} onChange={() => onChange({ path })} />
            <span>{title[path]}</span>
          </label>
          {state.path === path && (
            <div class="cg-path-body">
              {STATEMENTS[path].length > 0 && <ul>{STATEMENTS[path].map(statement)}</ul>}
              {path === 'other-reason' && (
                <label class="cg-reason">
                  <span>{t('dialog_reason_label')}</span>
                  <select value={state.otherReason} onChange={(e) => onChange({ otherReason: (e.currentTarget as HTMLSelectElement).value })}>
                    <option value="">{t('dialog_reason_choose')}</option>
                    {otherReasons.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          )}
        </div>
      ))}
    </fieldset>
  );
}
