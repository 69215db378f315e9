import type { Report } from '../engine/report';
import type { Decision } from '../wire/decision';
import type { WireFile } from '../wire/file';
import { fail, ok, type Result } from '../messaging/result';
import { checkStateOf, dialogModeFor, originalOffer, type OriginalPath } from '../settings/modes';
import { keptLabelsOf } from '../settings/dialog-policy';
import type { Settings } from '../settings/types';
import { callEngine } from './engine-client';

/** What the background knows about the session being decided. */
interface Deciding {
  /** The held files; undefined when the frame holding them could not hand them back. */
  files: readonly WireFile[] | undefined;
  reports: readonly (Report | undefined)[];
}

/**
 * Checks a decision from the dialog against the organisation's settings and makes what the page will receive:
 * with `alwaysStripMetadata`, an original goes as its pixels re-encoded without metadata. The dialog enforces the
 * same rules; this is the backstop, so a changed or confused dialog cannot attach what the mode forbids.
 */
export async function finaliseDecision(session: Deciding, decision: Decision, settings: Settings): Promise<Result<Decision>> {
  if (decision.action === 'redact' && settings.enforcementMode === 'block' && coversNothing(decision)) {
    return fail('forbidden', 'Every marked area was removed, so nothing would be redacted');
  }
  // Areas covered by hand on an image that could not be checked: not when the organisation holds unchecked images.
  if (decision.action === 'redact' && settings.onCheckFailure === 'hold' && checkStateOf(session.reports) === 'error') {
    return fail('forbidden', 'Your organisation holds images that could not be checked');
  }
  if (decision.action !== 'release') return ok(decision);
  const refused = releaseRefusal(session.reports, decision, settings);
  if (refused) return fail('forbidden', refused);
  const { files: _fromDialog, ...release } = decision;
  if (!settings.alwaysStripMetadata) return ok(release);
  if (!session.files) return fail('not-found', 'The held image is no longer available');
  const stripped = await Promise.all(session.files.map((file, i) => withoutMetadata(file, session.reports[i])));
  const failed = stripped.find((s) => !s.ok);
  if (failed && !failed.ok) return fail('engine-failed', `The metadata could not be removed, so the original was not attached (${failed.error.message})`);
  return ok({ ...release, files: stripped.map((s) => (s.ok ? s.value : null)) });
}

/** Why this release is not allowed, or undefined when it is. */
export function releaseRefusal(reports: readonly (Report | undefined)[], decision: Extract<Decision, { action: 'release' }>, settings: Settings): string | undefined {
  const state = checkStateOf(reports, keptLabelsOf(settings));
  const offer = originalOffer({ mode: dialogModeFor(settings.enforcementMode), onCheckFailure: settings.onCheckFailure, otherReasons: settings.otherReasons }, state);
  switch (decision.reason) {
    case 'nothing-found':
      return state === 'clear' && settings.noticeOnClearImages ? undefined : 'Only an image with nothing found goes on by itself';
    case 'check-failed-allowed':
      return offer.kind === 'automatic' ? undefined : 'Your organisation does not let unchecked images through';
    case 'after-notice':
      return offer.kind === 'one-click' ? undefined : 'One-click posting is only for warn mode';
    default: {
      if (offer.kind === 'one-click') return undefined;
      if (offer.kind !== 'paths') return 'Your organisation does not allow attaching the original here';
      // The dialog also counts the post's own text, so "false alarm" and "anonymised" stand for each other here.
      const accepted: OriginalPath[] = offer.paths.flatMap((p) => (p === 'false-alarm' || p === 'anonymised' ? ['false-alarm', 'anonymised'] : [p]));
      if (!accepted.includes(decision.reason)) return 'That way of attaching the original is not offered here';
      if (decision.reason === 'other-reason' && !settings.otherReasons.includes(decision.otherReason ?? '')) return 'That reason is not on your organisation\'s list';
      return undefined;
    }
  }
}

/** The original's pixels re-encoded without metadata, under its own name; null for an image that could not be read. */
async function withoutMetadata(file: WireFile, report: Report | undefined): Promise<Result<WireFile | null>> {
  if (!report || report.verdict === 'error') return ok(null);
  const redacted = await callEngine('engine/redact', { requestId: crypto.randomUUID(), file, boxes: [] });
  if (!redacted.ok) return redacted;
  const sameType = redacted.value.type === file.type;
  return ok({ ...redacted.value, name: sameType ? file.name : redacted.value.name.replace(/-redacted(\.[^.]+)$/, '$1') });
}

/** A redaction whose review says every marked area was removed and none drawn. */
function coversNothing(decision: Extract<Decision, { action: 'redact' }>): boolean {
  const review = decision.review ?? [];
  const left = review.reduce((n, r) => n + r.found + r.added - Object.values(r.removed).reduce((a, b) => a + b, 0), 0);
  return review.some((r) => r.found > 0) && left === 0;
}
