import { useCallback, useEffect, useState } from 'preact/hooks';
import { ConsentDialog } from '../../components/dialog/ConsentDialog';
import type { ProfileOffer } from '../../components/dialog/types';
import type { Decision, ReleaseReason } from '../../lib/wire/decision';
import { siteById } from '../../lib/sites/registry';
import type { SiteId } from '../../lib/sites/types';
import { copyText, dismissProfileOffer, openExtensionPage, openSitePage, profileOn } from '../../lib/dialog/platform';
import { DEFAULT_DIALOG_POLICY, offerFor, type DialogPolicy } from '../../lib/settings/dialog-policy';
import { initialBoxes, reviewOf } from '../../lib/dialog/review-boxes';
import { useBoxEdits } from './use-box-edits';
import { isKeptLabel } from '../../lib/settings/kept-labels';
import { withRetry } from '../../lib/dialog/deliver';
import { t } from '../../lib/i18n';
import { ask } from '../../lib/dialog/send';
import { overallOf } from '../../lib/dialog/status';
import { useChecks } from './use-checks';
import { usePreviews } from './use-previews';
import { onSteadyChange, visibleForDecision, watchOwnVisibility } from '../../lib/dialog/visibility';

const HIDDEN = 'The page was hiding or covering this window, so your choice was not taken. Make sure you can see all of Consent Guard, then choose again.';

/** Where the consent form lives (built by the consent form's owner). */
const CONSENT_FORM_PATH = '/consent-form.html';

/** The dialog's container: talks to the background and hands pure data to ConsentDialog. */
export function DialogApp({ sessionId, fallbackPolicy = DEFAULT_DIALOG_POLICY }: { sessionId: string; fallbackPolicy?: DialogPolicy }) {
  const checks = useChecks(sessionId);
  // Labels the user chose to keep always in this dialog count at once, before the settings round trip.
  const [alsoKept, setAlsoKept] = useState<string[]>([]);
  const sessionPolicy = checks.session?.policy ?? fallbackPolicy;
  const policy: DialogPolicy = { ...sessionPolicy, keptLabels: [...sessionPolicy.keptLabels, ...alsoKept] };
  const previews = usePreviews(checks.session, checks.images);
  const edits = useBoxEdits(checks.images, checks.setBoxes);
  const [decided, setDecided] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stayOpen, setStayOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [profile, setProfile] = useState<{ hidden: boolean; hasStatement?: boolean }>({ hidden: true });
  const site = checks.session && checks.session.site !== 'other' ? siteById(checks.session.site) : undefined;

  useEffect(() => {
    if (site) void profileOn(site.id).then(setProfile);
  }, [site?.id]);
  const [steady, setSteady] = useState(false);
  useEffect(() => {
    watchOwnVisibility();
    return onSteadyChange(setSteady);
  }, []);

  const decide = useCallback(
    async (decision: Decision) => {
      if (decided) return;
      // Only Cancel is taken while the page hides or covers this frame (the background asks the page's side too).
      // A decision no click made (a clear result, a failure the organisation allows) may wait for the frame to settle.
      const automatic = decision.action === 'release' && (decision.reason === 'nothing-found' || decision.reason === 'check-failed-allowed');
      if (decision.action !== 'cancel' && !(await visibleForDecision(automatic ? 3000 : 0))) return setNotice(HIDDEN);
      setDecided(true);
      setNotice(undefined);
      // Decide first so the page hears at once; stopping the engine can take a moment.
      const sent = await withRetry(() => ask('session/decide', { sessionId, decision }));
      if (decision.action === 'cancel') void checks.stop();
      if (sent.ok) return;
      setDecided(false);
      // A refusal the background explains (for example metadata that could not be removed) is shown as it is.
      const { code, message } = sent.error;
      setNotice(code === 'not-found' ? t('dialog_error_session') : code === 'forbidden' || code === 'engine-failed' || code === 'hidden' ? message : t('dialog_decision_failed'));
    },
    [decided, sessionId],
  );
  const cancel = useCallback(() => void decide({ action: 'cancel' }), [decide]);
  const review = () => checks.images.map((image) => reviewOf(image.report, image.boxes, policy.keptLabels));

  /** The text region's own area, as the check marked it. */
  const regionBox = (index: number, region: number) => {
    const report = checks.images[index]?.report;
    return report ? initialBoxes(report).find((b) => b.id === `text-${region}`) : undefined;
  };
  const keep = (index: number, region: number, always: boolean) => {
    const label = checks.images[index]?.report?.text[region]?.text;
    if (!label) return;
    if (!always) return edits.remove(index, [`text-${region}`]);
    setAlsoKept((all) => [...all, label]);
    checks.images.forEach((image, i) => {
      const ids = image.boxes.filter((b) => b.kind === 'text' && b.keepable && isKeptLabel(b.keepable, [label])).map((b) => b.id);
      if (ids.length > 0) edits.remove(i, ids);
    });
    void ask('labels/keep', { label }).then((saved) => {
      if (!saved.ok) setNotice(t('dialog_keep_failed'));
    });
  };
  const cover = (index: number, region: number) => {
    const box = regionBox(index, region);
    const image = checks.images[index];
    if (!box || !image || image.boxes.some((b) => b.id === box.id)) return;
    edits.restore(index, box);
  };

  const overall = checks.fatal ? 'error' : overallOf(checks.images, checks.postFindings, policy.keptLabels);
  const imageState = overallOf(checks.images, [], policy.keptLabels);
  const autoContinue = overall === 'clear' && policy.autoContinueOnClear && !stayOpen;
  const allowedThrough = !checks.fatal && imageState === 'error' && offerFor(policy, 'error').kind === 'automatic';
  useEffect(() => {
    if (!autoContinue) return;
    const timer = setTimeout(() => void decide({ action: 'release', reason: 'nothing-found' }), policy.autoContinueDelayMs);
    return () => clearTimeout(timer);
  }, [autoContinue, decide, policy.autoContinueDelayMs]);
  useEffect(() => {
    // The organisation lets images that cannot be checked go on without asking (onCheckFailure: allow).
    if (allowedThrough) void decide({ action: 'release', reason: 'check-failed-allowed' });
  }, [allowedThrough]);

  const redact = async () => {
    setBusy(true);
    const files = await previews.redactedFiles();
    if (files) await decide({ action: 'redact', files, review: review() });
    else setNotice(t('dialog_redaction_failed'));
    setBusy(false);
  };

  return (
    <ConsentDialog
      images={previews.withPreviews}
      postFindings={checks.postFindings}
      policy={policy}
      fatal={checks.fatal}
      profile={profileOffer(site?.id, policy, profile)}
      siteName={site?.name}
      autoContinue={autoContinue}
      busy={busy || decided}
      settling={!steady}
      notice={notice}
      onCancel={cancel}
      onRedact={() => void redact()}
      onPostOriginal={(reason: ReleaseReason, otherReason?: string) =>
        void decide({ action: 'release', reason, review: review(), ...(otherReason ? { otherReason } : {}) })
      }
      edits={edits}
      onKeep={keep}
      onCover={cover}
      onRetry={checks.retry}
      onPostNow={() => void decide({ action: 'release', reason: 'nothing-found' })}
      onOpenConsentForm={() => openExtensionPage(CONSENT_FORM_PATH)}
      onOpenProfileSettings={() => {
        if (site) openSitePage(site.profileEditorUrl(checks.session!.pageOrigin));
      }}
      onCopyStatement={copyText}
      onDismissProfile={() => {
        setProfile((p) => ({ ...p, hidden: true }));
        if (site) dismissProfileOffer(site.id);
      }}
      onStopAutoContinue={() => setStayOpen(true)}
    />
  );
}

function profileOffer(site: SiteId | undefined, policy: DialogPolicy, seen: { hidden: boolean; hasStatement?: boolean }): ProfileOffer | undefined {
  if (!site || seen.hidden || policy.profileStatement === '') return undefined;
  const adapter = siteById(site);
  const status = !adapter.ownProfile ? 'unreadable' : seen.hasStatement === undefined ? 'unknown' : seen.hasStatement ? 'present' : 'absent';
  return { siteName: adapter.name, limit: adapter.profileTextLimit, text: policy.profileStatement, status };
}
