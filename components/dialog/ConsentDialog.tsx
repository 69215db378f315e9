import { useEffect, useRef, useState } from 'preact/hooks';
import { mayPostOriginal } from '../../lib/dialog/policy';
import { anonymisedPathOffered, overallOf, type Overall } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import type { ReleaseReason } from '../../lib/messaging/protocol';
import { ActionBar } from './ActionBar';
import { CheckingView, progressText } from './CheckingView';
import { Checklist, consentComplete, EMPTY_CHECKLIST } from './Checklist';
import { ClearNotice } from './ClearNotice';
import { ErrorNotice } from './ErrorNotice';
import { ImageCard } from './ImageCard';
import { OrgFooter } from './OrgFooter';
import { PostContext } from './PostContext';
import { ProfileStatement } from './ProfileStatement';
import type { ConsentDialogProps } from './types';
import { useFocusTrap } from './useFocusTrap';

const HEADINGS: Record<Exclude<Overall, 'checking'>, string> = {
  findings: 'dialog_heading_findings',
  review: 'dialog_heading_review',
  clear: 'dialog_heading_clear',
  error: 'dialog_heading_error',
};

/** The consent dialog: checking, results, decisions. Props in, callbacks out; no extension APIs. */
export function ConsentDialog(props: ConsentDialogProps) {
  const { images, policy, fatal } = props;
  const panel = useRef<HTMLDivElement>(null);
  const [checklist, setChecklist] = useState(EMPTY_CHECKLIST);
  useFocusTrap(panel, props.onCancel);
  useEffect(() => panel.current?.focus(), []);

  const overall: Overall = fatal ? 'error' : overallOf(images, props.postFindings);
  const checking = overall === 'checking';
  const failed = overall === 'error';
  const compact = overall === 'clear' && props.autoContinue;
  const offerAnonymised = anonymisedPathOffered(overall);
  const showPost = !checking && !fatal && mayPostOriginal(policy, failed);
  const needsReason = policy.enforcementMode === 'justify' && policy.justificationReasons.length > 0;
  const ticked = consentComplete(checklist) || (offerAnonymised && checklist.anonymised);
  const postReady = ticked && (!needsReason || checklist.reason !== '');
  const done = images.filter((i) => i.report || i.failure).length;
  const heading = checking ? '' : t(HEADINGS[overall]);
  const announce = checking ? progressText(done, images.length) : t('dialog_announce_results', heading);

  const post = () => {
    const reason: ReleaseReason = failed ? 'not-checkable' : consentComplete(checklist) ? 'written-consent' : 'anonymised';
    props.onPostOriginal(reason, needsReason ? checklist.reason : undefined);
  };

  return (
    <div class="cg-overlay">
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="cg-title"
        aria-describedby={checking ? undefined : 'cg-heading'}
        tabIndex={-1}
        class={compact ? 'cg-panel cg-compact' : 'cg-panel'}
      >
        <header class="cg-header">
          <h1 id="cg-title">{t('dialog_title')}</h1>
        </header>
        <p class="cg-visually-hidden" role="status" aria-live="polite">
          {announce}
        </p>
        <div class="cg-body">
          {checking ? (
            <CheckingView done={done} total={images.length} />
          ) : (
            <>
              <h2 id="cg-heading" class={`cg-heading cg-heading-${overall}`}>
                {heading}
              </h2>
              {fatal && <p class="cg-error-text">{fatal}</p>}
              {compact ? (
                <ClearNotice delayMs={policy.autoContinueDelayMs} onReview={props.onStopAutoContinue} onCancel={props.onCancel} />
              ) : (
                <>
                  {failed && !fatal && <ErrorNotice canPostOriginal={showPost} />}
                  {overall === 'review' && <p class="cg-lead">{t('dialog_review_body')}</p>}
                  {images.map((image, i) => (
                    <ImageCard
                      key={i}
                      image={image}
                      index={i}
                      total={images.length}
                      onAddBox={(box) => props.onAddBox(i, box)}
                      onRemoveBox={(id) => props.onRemoveBox(i, id)}
                    />
                  ))}
                  {!fatal && <PostContext findings={props.postFindings} />}
                  {showPost ? (
                    <Checklist
                      state={checklist}
                      onChange={(change) => setChecklist((current) => ({ ...current, ...change }))}
                      orgName={policy.orgName}
                      offerAnonymised={offerAnonymised}
                      reasons={needsReason ? policy.justificationReasons : []}
                      onOpenConsentForm={props.onOpenConsentForm}
                    />
                  ) : (
                    !fatal && <p class="cg-muted">{t('dialog_blocked')}</p>
                  )}
                  {props.profile && (
                    <ProfileStatement offer={props.profile} onCopy={props.onCopyStatement} onOpenSettings={props.onOpenProfileSettings} onDismiss={props.onDismissProfile} />
                  )}
                  <OrgFooter policy={policy} />
                </>
              )}
            </>
          )}
        </div>
        {props.notice && (
          <p class="cg-error-text cg-notice" role="alert">
            {props.notice}
          </p>
        )}
        {!compact && (
          <ActionBar
            showPost={showPost}
            postReady={postReady}
            showRedact={!checking && !failed}
            busy={props.busy}
            onCancel={props.onCancel}
            onPost={post}
            onRedact={props.onRedact}
          />
        )}
      </div>
    </div>
  );
}
