import type { AuditEntry } from '../../lib/audit';
import type { ProfileStatuses } from '../../lib/settings/profile-status';
import type { SiteId } from '../../lib/sites/types';
import { t } from '../../lib/i18n';
import { definitionOf, SETTING_KEYS, type SettingKey, type Settings, type SettingsState } from '../../lib/settings';
import { DEFAULT_CONSENT_STATEMENT } from '../../lib/settings/schema';
import { SITES } from '../../lib/sites/registry';
import { AuditLog } from './AuditLog';
import { ConsentStatementEditor } from './ConsentStatementEditor';
import { MastodonInstances } from './MastodonInstances';
import { PolicyStatus } from './PolicyStatus';
import { PracticeCheck, type PracticeState } from './PracticeCheck';
import { PrivacyStatement } from './PrivacyStatement';
import { SettingField } from './SettingField';

export interface OptionsAppProps {
  state: SettingsState;
  audit: AuditEntry[];
  practice: PracticeState;
  /** Shown after a save, e.g. "Saved". */
  notice?: string;
  onChange<K extends SettingKey>(key: K, value: Settings[K]): void;
  onAddMastodon(origin: string): Promise<string | undefined>;
  onPractice(file: File): void;
  onExport(format: 'csv' | 'json', entries: AuditEntry[]): void;
  onClearAudit(): void;
  /** What Consent Guard last read on the user's own profiles, and where they hid the offer. */
  profiles: { statuses: ProfileStatuses; hidden: SiteId[] };
  onShowProfileOffer(site: SiteId): void;
}

const GROUPS = ['enforcement', 'sites', 'organisation', 'dialog', 'detection', 'audit'] as const;
/** Keys with their own editor instead of a generic field. */
const CUSTOM: SettingKey[] = ['mastodonInstances', 'consentStatementText'];
// organisationKeptLabels is a trust's list on top of each user's: shown (read-only) only when a policy sets it.
const siteChoices = SITES.map((s) => ({ value: s.id, label: s.name }));
const siteName = (id: string) => SITES.find((s) => s.id === id)?.name ?? id;

/** The whole options page. Pure: data in, callbacks out; the entrypoint talks to the background. */
export function OptionsApp(props: OptionsAppProps) {
  const { state, onChange } = props;
  const locked = (k: SettingKey) => state.locked.includes(k);
  return (
    <>
      <header class="cg-header">
        <h1>{t('options_title')}</h1>
        <p class="cg-lead">{t('options_lead')}</p>
        <nav aria-label={t('options_nav')}>
          <ul class="cg-nav">
            <li><a href="#settings">{t('options_nav_settings')}</a></li>
            <li><a href="#statement">{t('options_statement_title')}</a></li>
            <li><a href="#check">{t('options_check_title')}</a></li>
            <li><a href="#audit">{t('options_audit_title')}</a></li>
            <li><a href="#privacy">{t('options_privacy_title')}</a></li>
          </ul>
        </nav>
      </header>
      <main>
        <PolicyStatus state={state} />
        <section class="cg-card" id="settings" aria-labelledby="settings-title">
          <h2 id="settings-title">{t('options_nav_settings')}</h2>
          {GROUPS.map((group) => (
            <div class="cg-group" key={group} role="group" aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>{t(`options_group_${group}`)}</h3>
              {SETTING_KEYS.filter((k) => definitionOf(k).group === group && !CUSTOM.includes(k) && (k !== 'organisationKeptLabels' || locked(k))).map((k) => (
                <SettingField key={k} name={k} def={definitionOf(k)} value={state.settings[k]} locked={locked(k)}
                  choices={k === 'enabledSites' ? siteChoices : undefined} onChange={(v) => onChange(k, v as Settings[typeof k])} />
              ))}
              {group === 'sites' && (
                <MastodonInstances instances={state.settings.mastodonInstances} locked={locked('mastodonInstances')} onAdd={props.onAddMastodon}
                  onRemove={(o) => onChange('mastodonInstances', state.settings.mastodonInstances.filter((m) => m !== o))} />
              )}
            </div>
          ))}
          {props.notice && <p role="status" class="cg-saved">{props.notice}</p>}
        </section>
        <ConsentStatementEditor key={state.settings.consentStatementText} value={state.settings.consentStatementText} defaultValue={DEFAULT_CONSENT_STATEMENT}
          locked={locked('consentStatementText')} onSave={(text) => onChange('consentStatementText', text)}
          profiles={props.profiles} onShowOffer={props.onShowProfileOffer} />
        <PracticeCheck state={props.practice} onPick={props.onPractice} />
        <AuditLog entries={props.audit} retentionDays={state.settings.auditRetentionDays} retentionLocked={locked('auditRetentionDays')} siteName={siteName}
          onExport={props.onExport} onClear={props.onClearAudit} />
        <PrivacyStatement />
      </main>
    </>
  );
}
