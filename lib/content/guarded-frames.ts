import { STATIC_SITE_MATCHES } from '../sites/registry';

/**
 * The frames the gate (isolated world) and its hook (MAIN world) run in. They must be the same
 * frames: a picker the hook cannot see would reach the page unchecked.
 */
export const GUARDED_FRAMES = {
  matches: [...STATIC_SITE_MATCHES],
  runAt: 'document_start' as const,
  allFrames: true,
  matchAboutBlank: true,
  // data:, blob: and sandboxed frames have no origin a pattern can match: they are matched by their creator's.
  matchOriginAsFallback: true,
};
