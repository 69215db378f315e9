import type { CheckProgress } from '../../lib/engine/progress';
import type { Box, IdentifierFinding } from '../../lib/engine/report';
import type { ReleaseReason } from '../../lib/wire/decision';
import type { DialogPolicy } from '../../lib/settings/dialog-policy';
import type { ReviewBox } from '../../lib/dialog/review-boxes';
import type { ImageCheck } from '../../lib/dialog/status';

/** The redacted copy of one image as the preview shows it. */
export interface PreviewState {
  status: 'busy' | 'ready' | 'failed';
  url?: string;
  error?: string;
}

/** One held image with its check, the areas to cover and the redacted preview. */
export interface ImageView extends ImageCheck {
  /** Object URL of the original, for the thumbnail. */
  url?: string;
  boxes: ReviewBox[];
  preview?: PreviewState;
  /** Findings so far while the check runs (the report replaces them). */
  progress?: CheckProgress;
  /** When this image's check started (Date.now()), while it runs. */
  checkingSince?: number;
}

/** The box editor's operations on one image, as the reviewer uses them. */
export interface BoxEdits {
  add(index: number, box: Box, size: { width: number; height: number }): string;
  update(index: number, id: string, box: Box, size: { width: number; height: number }): void;
  remove(index: number, ids: readonly string[]): void;
  /** Puts back an area the check had marked (a label the user kept, then chose to cover). */
  restore(index: number, box: ReviewBox): void;
  undo(index: number): void;
  redo(index: number): void;
  canUndo(index: number): boolean;
  canRedo(index: number): boolean;
  /** Ends a run of moves of one box (pointer up, key up), so the next move is an undo step of its own. */
  settle(): void;
}

/** The profile consent statement offer for the current site. */
export interface ProfileOffer {
  siteName: string;
  limit: number;
  /** The statement to offer (the options page's text). */
  text: string;
  /**
   * What Consent Guard last read on the user's own profile on this site: `present`, `absent`, `unknown` (not seen
   * yet), or `unreadable` (this site's profile cannot be read).
   */
  status: 'present' | 'absent' | 'unknown' | 'unreadable';
}

/** Everything the dialog shows. Pure data: the container fills it from the background's answers. */
export interface ConsentDialogProps {
  images: ImageView[];
  postFindings: IdentifierFinding[];
  policy: DialogPolicy;
  /** Set when the session itself is gone (e.g. the check ended): only Cancel remains. */
  fatal?: string;
  /** The profile statement offer; absent when the site is unknown, no statement is set or it was hidden on this site. */
  profile?: ProfileOffer;
  /** The site's name, for the consent statement ("covers social media, X and …"). */
  siteName?: string;
  /** True while a clear result is about to go on by itself. */
  autoContinue: boolean;
  /** True while the redacted files are being made and sent. */
  busy: boolean;
  /** True until this window has been in full view long enough for a choice to count (Chromium); decisions but Cancel wait. */
  settling?: boolean;
  /** Why the last decision did not go through (the image has not been posted); shown beside the actions. */
  notice?: string;
  onCancel(): void;
  onRedact(): void;
  /** `otherReason` is the organisation's reason picked on the `other-reason` path. */
  onPostOriginal(reason: ReleaseReason, otherReason?: string): void;
  /** The areas to cover, edited in the reviewer (with undo and redo). */
  edits: BoxEdits;
  /** Leave a text region uncovered on this image, or (`always`) on every image from now on. */
  onKeep(imageIndex: number, regionIndex: number, always: boolean): void;
  /** Cover again a text region the user kept on this image. */
  onCover(imageIndex: number, regionIndex: number): void;
  /** Check a failed image again. */
  onRetry(imageIndex: number): void;
  /** "Post now" on the clear notice: attach without waiting for the countdown. */
  onPostNow(): void;
  onOpenConsentForm(): void;
  onOpenProfileSettings(): void;
  onCopyStatement(text: string): Promise<boolean>;
  onDismissProfile(): void;
  onStopAutoContinue(): void;
}
