import { t } from '../../lib/i18n';
import { definitionOf, type SettingsState } from '../../lib/settings';

/** Whether an organisation manages this browser, which settings it set, and any policy values it got wrong. */
export function PolicyStatus({ state }: { state: SettingsState }) {
  const org = state.settings.organisationName;
  return (
    <section class="cg-card" aria-labelledby="policy-title" id="policy">
      <h2 id="policy-title">{t('options_policy_title')}</h2>
      {state.managed ? (
        <>
          <p data-testid="policy-status">{org ? t('options_policy_managed_by', org) : t('options_policy_managed')}</p>
          {state.locked.length > 0 && (
            <p class="cg-hint">{t('options_policy_locked_list', state.locked.map((k) => definitionOf(k).title).join(', '))}</p>
          )}
        </>
      ) : (
        <p data-testid="policy-status">{t('options_policy_unmanaged')}</p>
      )}
      {state.rejected.length > 0 && (
        <p class="cg-error" role="alert">{t('options_policy_rejected', state.rejected.map((k) => definitionOf(k).title).join(', '))}</p>
      )}
      {state.unknownPolicyKeys.length > 0 && (
        <p class="cg-error" role="alert" data-testid="policy-unknown">{t('options_policy_unknown', state.unknownPolicyKeys.join(', '))}</p>
      )}
    </section>
  );
}
