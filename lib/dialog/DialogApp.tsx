import { useCallback, useEffect, useState } from 'preact/hooks';
import { ConsentDialog } from '../../components/dialog/ConsentDialog';
import type { ProfileOffer } from '../../components/dialog/types';
import type { Decision, ReleaseReason } from '../messaging/protocol';
import { siteById } from '../sites/registry';
import { copyText, dismissProfileOffer, openExtensionPage, openSitePage, profileOfferDismissed } from './platform';
import { DEFAULT_DIALOG_POLICY, type DialogPolicy } from './policy';
import { withRetry } from './deliver';
import { t } from '../i18n';
import { ask } from './send';
import { overallOf } from './status';
import { useChecks } from './use-checks';
import { usePreviews } from './use-previews';

/** Where the consent form lives (built by the consent form's owner). */
const CONSENT_FORM_PATH = '/consent-form.html';

/** The dialog's container: talks to the background and hands pure data to ConsentDialog. */
export function DialogApp({ sessionId, fallbackPolicy = DEFAULT_DIALOG_POLICY }: { sessionId: string; fallbackPolicy?: DialogPolicy }) {
  const checks = useChecks(sessionId);
  const policy = checks.session?.policy ?? fallbackPolicy;
  const previews = usePreviews(checks.session, checks.images);
  const [decided, setDecided] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stayOpen, setStayOpen] = useState(false);
  const [hideProfile, setHideProfile] = useState(true);
  const [notice, setNotice] = useState<string>();

  useEffect(() => void profileOfferDismissed().then(setHideProfile), []);

  const decide = useCallback(
    async (decision: Decision) => {
      if (decided) return;
      setDecided(true);
      setNotice(undefined);
      // Decide first so the page hears at once; stopping the engine can take a moment.
      const sent = await withRetry(() => ask('session/decide', { sessionId, decision }));
      if (decision.action === 'cancel') void checks.stop();
      if (sent.ok) return;
      setDecided(false);
      setNotice(t(sent.error.code === 'not-found' ? 'dialog_error_session' : 'dialog_decision_failed'));
    },
    [decided, sessionId],
  );
  const cancel = useCallback(() => void decide({ action: 'cancel' }), [decide]);

  const overall = checks.fatal ? 'error' : overallOf(checks.images, checks.postFindings);
  const autoContinue = overall === 'clear' && policy.autoContinueOnClear && !stayOpen;
  useEffect(() => {
    if (!autoContinue) return;
    const timer = setTimeout(() => void decide({ action: 'release', reason: 'nothing-found' }), policy.autoContinueDelayMs);
    return () => clearTimeout(timer);
  }, [autoContinue, decide, policy.autoContinueDelayMs]);

  const redact = async () => {
    setBusy(true);
    const files = await previews.redactedFiles();
    if (files) await decide({ action: 'redact', files });
    setBusy(false);
  };

  return (
    <ConsentDialog
      images={previews.withPreviews}
      postFindings={checks.postFindings}
      policy={policy}
      fatal={checks.fatal}
      profile={hideProfile || !policy.offerProfileStatement ? undefined : profileOffer(checks.session?.site)}
      autoContinue={autoContinue}
      busy={busy || decided}
      notice={notice}
      onCancel={cancel}
      onRedact={() => void redact()}
      onPostOriginal={(reason: ReleaseReason, note?: string) => void decide({ action: 'release', reason, ...(note ? { note } : {}) })}
      onAddBox={checks.addBox}
      onRemoveBox={checks.removeBox}
      onOpenConsentForm={() => openExtensionPage(CONSENT_FORM_PATH)}
      onOpenProfileSettings={() => {
        const site = checks.session && checks.session.site !== 'other' ? siteById(checks.session.site) : undefined;
        if (site) openSitePage(site.profileEditorUrl(checks.session!.pageOrigin));
      }}
      onCopyStatement={copyText}
      onDismissProfile={() => {
        setHideProfile(true);
        dismissProfileOffer();
      }}
      onStopAutoContinue={() => setStayOpen(true)}
    />
  );
}

function profileOffer(site: string | undefined): ProfileOffer | undefined {
  if (!site || site === 'other') return undefined;
  const adapter = siteById(site as Parameters<typeof siteById>[0]);
  return { siteName: adapter.name, limit: adapter.profileTextLimit };
}
