import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { PracticeState } from '../../components/options/PracticeCheck';
import { auditToCsv, auditToJson, type AuditEntry } from '../../lib/audit';
import { sendFromPage as ask } from '../../lib/messaging/send';
import { t } from '../../lib/i18n';
import { toBase64 } from '../../lib/wire/bytes';
import type { SettingKey, Settings, SettingsState } from '../../lib/settings';
import { readProfileState, setProfileOfferHidden } from '../../lib/settings/profile-status';
import type { SiteId } from '../../lib/sites/types';

/** Loads settings and the audit log from the background and carries the page's actions back. */
export function OptionsContainer() {
  const [state, setState] = useState<SettingsState>();
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [practice, setPractice] = useState<PracticeState>({ status: 'idle' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [profiles, setProfiles] = useState<Awaited<ReturnType<typeof readProfileState>>>({ statuses: {}, hidden: [] });

  const refresh = async () => {
    const [got, log] = await Promise.all([ask('settings/get', {}), ask('audit/list', {})]);
    if (got.ok) setState(got.value);
    else setError(got.error.message);
    if (log.ok) setAudit(log.value);
    setProfiles(await readProfileState());
  };
  useEffect(() => {
    void refresh();
    // Policy or another tab may change settings while this page is open.
    const onChanged = () => void refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const save = async (patch: Partial<Settings>) => {
    const saved = await ask('settings/set', { patch });
    if (!saved.ok) return setNotice(t('options_save_failed', saved.error.message));
    setState(saved.value);
    setNotice(t('options_saved'));
  };

  const addMastodon = async (origin: string): Promise<string | undefined> => {
    // Ask first, inside the click: browsers grant permissions only during a user gesture.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) return t('options_mastodon_denied');
    await save({ mastodonInstances: [...new Set([...(state?.settings.mastodonInstances ?? []), origin])] });
    const started = await ask('sites/add-mastodon', { origin });
    return started.ok ? undefined : t('options_mastodon_saved_restart');
  };

  const runPractice = async (file: File) => {
    setPractice({ status: 'checking', name: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const wire = { name: file.name, type: file.type, lastModified: file.lastModified, size: file.size, bytes: { base64: toBase64(bytes) } };
    const checked = await ask('practice/check', { requestId: crypto.randomUUID(), file: wire });
    if (!checked.ok) return setPractice({ status: 'failed', name: file.name, error: checked.error.message });
    setPractice({ status: 'done', name: file.name, report: checked.value, url: URL.createObjectURL(file) });
  };

  const exportLog = (format: 'csv' | 'json', entries: AuditEntry[]) => {
    const text = format === 'csv' ? auditToCsv([...entries].reverse()) : auditToJson([...entries].reverse());
    const blob = new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `consent-guard-audit-${new Date().toISOString().slice(0, 10)}.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const clearLog = async () => {
    const cleared = await ask('audit/clear', {});
    if (cleared.ok) setAudit([]);
    else setNotice(cleared.error.message);
  };

  const showProfileOffer = async (site: SiteId) => {
    await setProfileOfferHidden(site, false);
    setProfiles(await readProfileState());
  };

  if (!state) return <p role="alert">{error ? t('options_load_failed', error) : t('options_loading')}</p>;
  return (
    <OptionsApp state={state} audit={audit} practice={practice} notice={notice}
      onChange={(key: SettingKey, value: unknown) => void save({ [key]: value })}
      onAddMastodon={addMastodon} onPractice={(f) => void runPractice(f)} onExport={exportLog} onClearAudit={() => void clearLog()}
      profiles={profiles} onShowProfileOffer={(site) => void showProfileOffer(site)} />
  );
}
