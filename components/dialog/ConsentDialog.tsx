import { useEffect, useRef, useState } from 'preact/hooks';
import { offerFor } from '../../lib/dialog/policy';
import { nothingLeftToCover } from '../../lib/dialog/review-boxes';
import { overallOf, type Overall } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import type { ReleaseReason } from '../../lib/messaging/protocol';
import type { OriginalPath } from '../../lib/settings/modes';
import { ActionBar } from './ActionBar';
import { CheckingView, progressText } from './CheckingView';
import { ClearNotice } from './ClearNotice';
import { ErrorNotice } from './ErrorNotice';
import { Guidance } from './Guidance';
import { ImageCard } from './ImageCard';
import { OrgFooter } from './OrgFooter';
import { EMPTY_PATH, OriginalPaths, pathComplete, type PathState } from './OriginalPaths';
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
  const [choice, setChoice] = useState<PathState>(EMPTY_PATH);
  useFocusTrap(panel, props.onCancel);
  useEffect(() => panel.current?.focus(), []);

  const overall: Overall = fatal ? 'error' : overallOf(images, props.postFindings);
  // Block mode and the paths follow the images; the post's own text can be edited, not redacted.
  const imageState = fatal ? 'error' : overallOf(images, []);
  const checking = overall === 'checking';
  const failed = overall === 'error';
  const compact = overall === 'clear' && props.autoContinue;
  const offer = checking || imageState === 'checking' || fatal ? ({ kind: 'none' } as const) : offerFor(policy, imageState);
  const emptied = !checking && !failed && nothingLeftToCover(images);
  const paths: OriginalPath[] =
    offer.kind === 'paths' ? offer.paths.map((p) => (p === 'anonymised' && overall === 'findings' ? 'false-alarm' : p)) : [];
  // Removing every marked area leaves nothing to redact: attaching is then the false-alarm path (or another true one).
  const shownPaths = paths;
  const showPost = offer.kind === 'one-click' || shownPaths.length > 0;
  const postReady = offer.kind === 'one-click' || pathComplete(choice, shownPaths);
  const done = images.filter((i) => i.report || i.failure).length;
  const heading = checking ? '' : t(HEADINGS[overall]);
  const announce = checking ? progressText(done, images.length) : t('dialog_announce_results', heading);

  const post = () => {
    if (offer.kind === 'one-click') return props.onPostOriginal(emptied ? 'false-alarm' : 'after-notice');
    if (!choice.path) return;
    props.onPostOriginal(choice.path as ReleaseReason, choice.path === 'other-reason' ? choice.otherReason : undefined);
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
        data-mode={policy.mode}
      >
        <header class="cg-header">
          <h1 id="cg-title">{t('dialog_title')}</h1>
        </header>
        <p class="cg-visually-hidden" role="status" aria-live="polite">
          {announce}
        </p>
        <div class="cg-body">
          {checking ? (
            <CheckingView done={done} total={images.length} current={images.find((i) => !i.report && !i.failure)} />
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
                  {failed && !fatal && <ErrorNotice offer={offer.kind} />}
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
                  {!fatal && <Guidance />}
                  {emptied && <p class="cg-callout" role="note">{t(shownPaths.length > 0 || offer.kind === 'one-click' ? 'dialog_nothing_to_cover' : 'dialog_nothing_to_cover_block')}</p>}
                  {offer.kind === 'one-click' && <p class="cg-callout">{t('dialog_warn_note')}</p>}
                  {shownPaths.length > 0 && (
                    <OriginalPaths
                      offered={shownPaths}
                      state={choice}
                      onChange={(change) => setChoice((current) => ({ ...current, ...change, ticked: { ...current.ticked, ...change.ticked } }))}
                      siteName={props.siteName ?? ''}
                      orgName={policy.orgName}
                      otherReasons={policy.otherReasons}
                      onOpenConsentForm={props.onOpenConsentForm}
                    />
                  )}
                  {showPost && <p class="cg-muted cg-small">{t(failed ? 'dialog_original_unchecked' : policy.stripMetadata ? 'dialog_original_stripped' : 'dialog_original_exact')}</p>}
                  {!showPost && !fatal && offer.kind === 'none' && !failed && <p class="cg-callout">{t('dialog_blocked')}</p>}
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
            redactBlocked={emptied}
            busy={props.busy || offer.kind === 'automatic'}
            onCancel={props.onCancel}
            onPost={post}
            onRedact={props.onRedact}
          />
        )}
      </div>
    </div>
  );
}
