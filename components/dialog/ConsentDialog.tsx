import { useEffect, useRef, useState } from 'preact/hooks';
import { offerFor } from '../../lib/settings/dialog-policy';
import { nothingLeftToCover } from '../../lib/dialog/review-boxes';
import { failureOf, overallOf, type Overall } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import type { ReleaseReason } from '../../lib/wire/decision';
import type { OriginalPath } from '../../lib/settings/modes';
import { ActionBar } from './ActionBar';
import { CheckingView, progressText } from './CheckingView';
import { ClearNotice } from './ClearNotice';
import { ErrorNotice, retryable } from './ErrorNotice';
import { FindingGroups } from './FindingGroups';
import { Guidance } from './Guidance';
import { ImageThumb } from './ImageThumb';
import { OrgFooter } from './OrgFooter';
import { EMPTY_PATH, OriginalPaths, pathComplete, type PathState } from './OriginalPaths';
import { ProfileStatement } from './ProfileStatement';
import { Reviewer } from './Reviewer';
import type { ConsentDialogProps } from './types';
import { useFocusTrap } from './useFocusTrap';

const HEADINGS: Record<Exclude<Overall, 'checking'>, string> = {
  findings: 'dialog_heading_findings',
  review: 'dialog_heading_review',
  clear: 'dialog_heading_clear',
  error: 'dialog_heading_error',
};

/**
 * The consent dialog: checking, then one screen per decision (verdict, one grouped list of findings, the main
 * actions), the honest paths in place when the user chooses the original, and the full-size reviewer over it.
 * Props in, callbacks out; no extension APIs.
 */
export function ConsentDialog(props: ConsentDialogProps) {
  const { images, policy, fatal } = props;
  const panel = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState<PathState>(EMPTY_PATH);
  const [view, setView] = useState<'summary' | 'paths'>('summary');
  const [reviewing, setReviewing] = useState<{ index: number; size: { width: number; height: number } }>();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => panel.current?.focus(), []);

  const kept = policy.keptLabels;
  const overall: Overall = fatal ? 'error' : overallOf(images, props.postFindings, kept);
  // Block mode and the paths follow the images; the post's own text can be edited, not redacted.
  const imageState = fatal ? 'error' : overallOf(images, [], kept);
  const checking = overall === 'checking';
  const failed = overall === 'error';
  const compact = overall === 'clear' && props.autoContinue;
  const offer = checking || imageState === 'checking' || fatal ? ({ kind: 'none' } as const) : offerFor(policy, imageState);
  const emptied = !checking && !failed && nothingLeftToCover(images, kept);
  const paths: OriginalPath[] =
    offer.kind === 'paths' ? offer.paths.map((p) => (p === 'anonymised' && overall === 'findings' ? 'false-alarm' : p)) : [];
  const onPaths = view === 'paths' && paths.length > 0;
  const postReady = offer.kind === 'one-click' || pathComplete(choice, paths);
  const done = images.filter((i) => i.report || i.failure).length;
  const heading = checking ? '' : t(HEADINGS[overall]);
  const announce = checking ? progressText(done, images.length) : t('dialog_announce_results', heading);
  // Areas drawn by hand can be covered on an unchecked image, unless the organisation holds unchecked images.
  const canCoverByHand = policy.onCheckFailure !== 'hold';
  const unchecked = images.filter((i) => failureOf(i));
  const redactable = !checking && !fatal && unchecked.every((i) => canCoverByHand && i.url && i.boxes.length > 0);

  useEffect(() => {
    if (onPaths) panel.current?.querySelector<HTMLElement>('.cg-checklist input')?.focus();
  }, [onPaths]);

  const post = () => {
    if (offer.kind === 'one-click') return props.onPostOriginal(emptied ? 'false-alarm' : 'after-notice');
    if (!onPaths) return setView('paths');
    if (!choice.path) return;
    props.onPostOriginal(choice.path as ReleaseReason, choice.path === 'other-reason' ? choice.otherReason : undefined);
  };
  const openReviewer = (index: number, size: { width: number; height: number }) => {
    opener.current = panel.current?.ownerDocument.activeElement as HTMLElement | null;
    setReviewing({ index, size });
  };
  const closeReviewer = () => {
    setReviewing(undefined);
    requestAnimationFrame(() => opener.current?.focus());
  };
  // Escape that reaches the document (focus slipped to the body, say, as the redacted copy loads) closes only an open reviewer.
  useFocusTrap(panel, reviewing ? closeReviewer : props.onCancel);
  const reviewed = reviewing ? images[reviewing.index] : undefined;
  const i = reviewing?.index ?? 0;

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
        <div class="cg-panel-inner" inert={reviewed ? true : undefined}>
          <header class="cg-header">
            <h1 id="cg-title">{t('dialog_title')}</h1>
            {!checking && (
              <h2 id="cg-heading" class={`cg-heading cg-heading-${overall}`}>
                {heading}
              </h2>
            )}
          </header>
          <p class="cg-visually-hidden" role="status" aria-live="polite">
            {announce}
          </p>
          <div class="cg-body">
            {checking ? (
              <CheckingView done={done} total={images.length} current={images.find((i) => !i.report && !i.failure)} />
            ) : compact ? (
              <ClearNotice delayMs={policy.autoContinueDelayMs} onPostNow={props.onPostNow} onReview={props.onStopAutoContinue} onCancel={props.onCancel} />
            ) : onPaths ? (
              <>
                <OriginalPaths
                  offered={paths}
                  state={choice}
                  onChange={(change) => setChoice((current) => ({ ...current, ...change, ticked: { ...current.ticked, ...change.ticked } }))}
                  siteName={props.siteName ?? ''}
                  orgName={policy.orgName}
                  otherReasons={policy.otherReasons}
                  onOpenConsentForm={props.onOpenConsentForm}
                />
                {paths.some((p) => p === 'false-alarm' || p === 'anonymised') && <p class="cg-muted cg-small">{t('dialog_gmc_internal')}</p>}
                <p class="cg-muted cg-small">{t(failed ? 'dialog_original_unchecked' : policy.stripMetadata ? 'dialog_original_stripped' : 'dialog_original_exact')}</p>
                <OrgFooter policy={policy} />
              </>
            ) : (
              <>
                {fatal && <p class="cg-error-text">{fatal}</p>}
                {failed && !fatal && <ErrorNotice offer={offer.kind} recoverable={unchecked.some((im) => retryable(failureOf(im)!))} />}
                {overall === 'review' && <p class="cg-lead">{t('dialog_review_body')}</p>}
                <div class={`cg-summary${images.length > 1 ? ' is-many' : ''}${images.every((im) => !im.report || failureOf(im)) ? ' is-unchecked' : ''}`}>
                  <div class="cg-thumbs">
                    {images.map((image, n) => (
                      <ImageThumb
                        key={n}
                        image={image}
                        index={n}
                        total={images.length}
                        canCoverByHand={canCoverByHand && !fatal}
                        onOpen={(size) => openReviewer(n, size)}
                        onRetry={() => props.onRetry(n)}
                      />
                    ))}
                  </div>
                  {!fatal && (
                    <div class="cg-found">
                      <FindingGroups
                        images={images}
                        postFindings={props.postFindings}
                        kept={kept}
                        canKeepAlways={policy.canKeepAlways}
                        onKeep={props.onKeep}
                        onCover={props.onCover}
                      />
                      {emptied && <p class="cg-callout" role="note">{t(paths.length > 0 || offer.kind === 'one-click' ? 'dialog_nothing_to_cover' : 'dialog_nothing_to_cover_block')}</p>}
                      {offer.kind === 'one-click' && (
                        <p class="cg-callout">
                          {t('dialog_warn_note')} {t(failed ? 'dialog_original_unchecked' : policy.stripMetadata ? 'dialog_original_stripped' : 'dialog_original_exact')}
                        </p>
                      )}
                      {offer.kind === 'none' && !failed && <p class="cg-callout">{t('dialog_blocked')}</p>}
                    </div>
                  )}
                </div>
                {!fatal && <Guidance />}
                {props.profile && (
                  <ProfileStatement offer={props.profile} onCopy={props.onCopyStatement} onOpenSettings={props.onOpenProfileSettings} onDismiss={props.onDismissProfile} />
                )}
                <OrgFooter policy={policy} />
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
              post={offer.kind === 'one-click' ? 'post' : paths.length > 0 ? (onPaths ? 'post' : 'open') : undefined}
              postReady={postReady}
              showRedact={!checking && redactable}
              redactBlocked={emptied}
              showBack={onPaths}
              busy={props.busy || offer.kind === 'automatic'}
              settling={props.settling ?? false}
              onCancel={props.onCancel}
              onPost={post}
              onBack={() => setView('summary')}
              onRedact={props.onRedact}
            />
          )}
        </div>
        {reviewed && reviewing && (
          <Reviewer
            image={reviewed}
            size={reviewing.size}
            kept={kept}
            canKeepAlways={policy.canKeepAlways}
            onClose={closeReviewer}
            edits={{
              add: (box) => props.edits.add(i, box, reviewing.size),
              update: (id, box) => props.edits.update(i, id, box, reviewing.size),
              remove: (id) => props.edits.remove(i, [id]),
              undo: () => props.edits.undo(i),
              redo: () => props.edits.redo(i),
              canUndo: props.edits.canUndo(i),
              canRedo: props.edits.canRedo(i),
              settle: props.edits.settle,
              keep: (region, always) => props.onKeep(i, region, always),
              cover: (region) => props.onCover(i, region),
            }}
          />
        )}
      </div>
    </div>
  );
}
