import type { WireFile } from '../wire/file';
import type { Decision } from '../wire/decision';

/** How the files reached the page, so the content script can hand them back the same way. */
export type AttachChannel = 'input' | 'drop' | 'paste' | 'picker';

/** Content script → background. */
export interface ContentToBackground {
  /** Files are held; open a session. `pass`: Consent Guard is off for this site (by policy or the user); hand the files on untouched. */
  'hold/open': { req: { files: WireFile[]; channel: AttachChannel; composerText: string }; res: { sessionId: string } | { pass: true } };
  /** The held files are gone (page removed the dialog, navigation). */
  'hold/abandon': { req: { sessionId: string }; res: null };
  /** Which of these sessions does the background still know (after the page came back from the back/forward cache)? */
  'hold/status': { req: { sessionIds: string[] }; res: { known: string[] } };
  /** A supported site's page is open; load the checking engine so the first check is quick. */
  'page/warm-engine': { req: Record<string, never>; res: null };
  /** Does this browser carry ArrayBuffers by structured clone? */
  'probe/bytes': { req: { buffer: ArrayBuffer }; res: { structuredClone: boolean } };
  /** The post's text as the user sent it; what in it could identify a patient (nothing when the site is off). */
  'post/check': { req: { text: string }; res: { mentions: { text: string; kind: string }[] } };
  /** Top frame: the user's own profile on this site was read; does it carry a consent statement? */
  'profile/seen': { req: { hasStatement: boolean }; res: null };
}

/** Background → the content script in one frame (the one that holds a session). */
export interface BackgroundToContent {
  /** The user decided; `known` is false if that frame holds no such session. */
  'hold/decided': { req: { sessionId: string; decision: Decision }; res: { known: boolean } };
  /** The held files again (the background's copy went with a stopped worker). */
  'hold/files': { req: { sessionId: string }; res: WireFile[] };
  /** Does this frame still hold the session (or is one being opened)? */
  'hold/ping': { req: { sessionId: string }; res: { held: boolean } };
  /** Has the user been able to see the whole dialog (not hidden, covered or faded by the page)? */
  'hold/visible': { req: { sessionId: string }; res: { visible: boolean } };
  /** Is this version's gate installed in the frame? (After an update the old one cannot answer.) */
  'gate/ping': { req: Record<string, never>; res: null };
}
