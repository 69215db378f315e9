import type { OriginalPath } from '../settings/modes';
import type { WireFile } from './file';

/** What the user did to the areas the check marked on one image: kinds and counts only, for the audit log. */
export interface BoxReview {
  /** Areas the check marked. */
  found: number;
  /** Marked areas the user removed, by kind: `face`, an identifier type (`date-of-birth`, …) or `text`. */
  removed: Record<string, number>;
  /** Areas the user drew. */
  added: number;
}

/** What the user decided for a held set of files. */
export type Decision =
  | {
      action: 'release';
      reason: ReleaseReason;
      /** For `other-reason`: the organisation's reason the user picked (an item of `otherReasons`, never free text). */
      otherReason?: string;
      review?: BoxReview[];
      /**
       * Set by the background only (`alwaysStripMetadata`): by file index, the original re-encoded without metadata,
       * or null where it could not be (an image that could not be read goes as it is).
       */
      files?: (WireFile | null)[];
    }
  | { action: 'redact'; files: WireFile[]; review?: BoxReview[] }
  | { action: 'cancel' };

/**
 * Why the original was attached: one of the honest paths (lib/settings/modes.ts), one click in `warn` mode,
 * a clear result after its notice, or a failed check the organisation lets through.
 */
export type ReleaseReason = OriginalPath | 'after-notice' | 'nothing-found' | 'check-failed-allowed';
