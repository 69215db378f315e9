import type { IdentifierFinding, Report } from '../engine/report';
import type { ErrorCode } from '../messaging/result';
import { isClearReport } from '../settings/modes';
import { reportHasIdentifying } from './findings';

/** Why an image could not be checked. */
export interface CheckFailure {
  code: ErrorCode;
  message: string;
  /** The file itself could not be read: checking again gives the same answer, and no area can be covered on it. */
  unreadable?: true;
}

/** One held image as the dialog tracks it. */
export interface ImageCheck {
  name: string;
  report?: Report;
  failure?: CheckFailure;
}

/**
 * The dialog's overall state:
 * checking (some image not done), error (any failed), findings (anything identifying in an image or the post),
 * clear (the engine cleared every image and the post mentions nothing), review (the rest: nothing found, look anyway).
 */
export type Overall = 'checking' | 'error' | 'findings' | 'review' | 'clear';

/** A failed check, or a report whose verdict is 'error', counts as a failure. */
export function failureOf(image: ImageCheck): CheckFailure | undefined {
  if (image.failure) return image.failure;
  if (image.report?.verdict === 'error') {
    return { code: 'engine-failed', message: image.report.error ?? 'unknown error', ...(image.report.unreadable && { unreadable: true as const }) };
  }
  return undefined;
}

/** Works out the overall state from the images and the post's findings; text that is a kept label counts as clear. */
export function overallOf(images: readonly ImageCheck[], post: readonly IdentifierFinding[], kept: readonly string[] = []): Overall {
  // No images yet means the session is still loading: never 'clear', which would post by itself.
  if (images.length === 0 || images.some((i) => !i.report && !i.failure)) return 'checking';
  if (images.some((i) => failureOf(i))) return 'error';
  const reports = images.map((i) => i.report!);
  if (post.length > 0 || reports.some(reportHasIdentifying)) return 'findings';
  if (reports.every((r) => isClearReport(r, kept))) return 'clear';
  return 'review';
}
