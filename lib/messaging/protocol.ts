import type { CheckProgress } from '../engine/progress';
import type { Box, Report } from '../engine/report';
import type { AuditEntry } from '../audit/types';
import type { DialogPolicy } from '../dialog/policy';
import type { OriginalPath } from '../settings/modes';
import type { Settings, SettingsState } from '../settings/types';
import type { SiteId } from '../sites/types';
import type { WireBytes } from './bytes';
import type { Result } from './result';

/** A file as it crosses between extension contexts. */
export interface WireFile {
  name: string;
  type: string;
  lastModified: number;
  size: number;
  bytes: WireBytes;
  /**
   * Set when the bytes stayed with the content script (empty `bytes`): the file is too large to
   * check (`too-large`), or too large to carry with the rest of the attachment (`batch`). It can
   * still be cancelled or posted as it is; `sha256` then stands in for the bytes in the audit log.
   */
  withheld?: 'too-large' | 'batch';
  sha256?: string;
}

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

/** How the files reached the page, so the content script can hand them back the same way. */
export type AttachChannel = 'input' | 'drop' | 'paste' | 'picker';

export interface SessionInfo {
  sessionId: string;
  site: SiteId | 'other';
  pageOrigin: string;
  files: WireFile[];
  composerText: string;
  /** Effective settings (managed policy > user > defaults) when the session was read. */
  settings: Settings;
  /** The same settings as the dialog uses them. */
  policy: DialogPolicy;
}

export interface RedactRequest {
  requestId: string;
  file: WireFile;
  /** Areas to fill, [x,y,w,h] in original image pixels; faces get a wider margin (and pixelation if chosen). */
  boxes: { box: Box; kind: 'face' | 'text' }[];
}

/** What settings change in a check or a redaction (filled in by the background from policy). */
export interface EngineCheckOptions {
  /** Look for faces (policy faceDetection). */
  faces: boolean;
  /** Trust-specific hospital number formats, as regular expression sources. */
  hospitalNumberPatterns: string[];
}
export interface EngineRedactOptions {
  faceStyle: 'fill' | 'pixelate';
}

/**
 * Every message in the extension, keyed by type. `to` routes it: content scripts and the dialog
 * talk to the background; only the background talks to the engine host and back to the page's tab.
 */
export interface ProtocolMap {
  /** content → background: files are held; open a session. */
  /** `pass`: Consent Guard is off for this site (by policy or the user); hand the files on untouched. */
  'hold/open': { req: { files: WireFile[]; channel: AttachChannel; composerText: string }; res: { sessionId: string } | { pass: true } };
  /** content → background: the held files are gone (page removed the dialog, navigation). */
  'hold/abandon': { req: { sessionId: string }; res: null };
  /** content → background: a supported site's page is open; load the checking engine so the first check is quick. */
  'engine/warm': { req: Record<string, never>; res: null };
  /** content → background: does this browser carry ArrayBuffers by structured clone? */
  'probe/bytes': { req: { buffer: ArrayBuffer }; res: { structuredClone: boolean } };
  /** dialog → background */
  'session/get': { req: { sessionId: string }; res: SessionInfo };
  'session/decide': { req: { sessionId: string; decision: Decision }; res: null };
  'engine/check': { req: { sessionId: string; requestId: string; fileIndex: number }; res: Report };
  'engine/redact': { req: { sessionId: string } & RedactRequest; res: WireFile };
  'engine/cancel': { req: { requestId: string }; res: null };
  /** dialog → background while it waits on engine work: Firefox suspends an event page that hears nothing for 30 s. */
  keepalive: { req: Record<string, never>; res: null };
  /** our extension pages → background: when the background (re)started, newest last (diagnostics; the restart tests read it). */
  'diagnostics/get': { req: Record<string, never>; res: { starts: number[] } };
  /** any of our contexts → background: effective settings and which keys policy locks. */
  'settings/get': { req: Record<string, never>; res: SettingsState };
  /** options page → background: save the user's own choices (locked keys are ignored); `reset` forgets them all. */
  'settings/set': { req: { patch: Partial<Settings>; reset?: boolean }; res: SettingsState };
  /** options page → background: the local audit log, oldest first; or clear it. */
  'audit/list': { req: Record<string, never>; res: AuditEntry[] };
  'audit/clear': { req: Record<string, never>; res: null };
  /** content script → background: the post's text as the user sent it; what in it could identify a patient (nothing when the site is off). */
  'post/check': { req: { text: string }; res: { mentions: { text: string; kind: string }[] } };
  /** dialog → background: keep this label on the user's images from now on (refused for anything identifying, or when policy fixes the list). */
  'labels/keep': { req: { label: string }; res: { keptLabels: string[] } };
  /** our extension pages → background: check an image chosen on the options page ("Check an image"); nothing is held or posted. */
  'practice/check': { req: { requestId: string; file: WireFile }; res: Report };
  /** options page → background: a Mastodon server was added (host permission already granted); start protecting it. */
  'sites/add-mastodon': { req: { origin: string }; res: { origins: string[] } };
  /** content script (top frame) → background: the user's own profile on this site was read; does it carry a consent statement? */
  'profile/seen': { req: { hasStatement: boolean }; res: null };
  /** background → content script in the session's frame: the user decided; `known` is false if that frame holds no such session. */
  'hold/decided': { req: { sessionId: string; decision: Decision }; res: { known: boolean } };
  /** background → content script: the held files again (the background's copy went with a stopped worker). */
  'hold/files': { req: { sessionId: string }; res: WireFile[] };
  /** background → content script: is this version's gate installed in the frame? (After an update the old one cannot answer.) */
  'gate/ping': { req: Record<string, never>; res: null };
  /** background → content script: does this frame still hold the session (or is one being opened)? */
  'hold/ping': { req: { sessionId: string }; res: { held: boolean } };
  /** background → content script: has the user been able to see the whole dialog (not hidden, covered or faded by the page)? */
  'hold/visible': { req: { sessionId: string }; res: { visible: boolean } };
  /** content → background: which of these sessions does the background still know (after the page came back from the back/forward cache)? */
  'hold/status': { req: { sessionIds: string[] }; res: { known: string[] } };
  /** engine host → the dialog that asked for check `requestId`: findings so far (no answer expected). */
  'engine/progress': { req: { requestId: string; progress: CheckProgress }; res: null };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['req'];
export type ResponseOf<T extends MessageType> = Result<ProtocolMap[T]['res']>;

/** The envelope on the wire. `to` lets each context ignore messages meant for another. */
export interface Envelope<T extends MessageType = MessageType> {
  to: 'background' | 'engine' | 'content' | 'dialog';
  type: T;
  req: RequestOf<T>;
}

/** Engine host messages (background → offscreen document on Chrome; direct call on Firefox). */
export interface EngineMap {
  /** `replyTo`: the dialog frame that asked, for progress where the host must address it (Firefox). */
  'engine/check': { req: { requestId: string; file: WireFile; options?: EngineCheckOptions; replyTo?: { tabId: number; frameId: number } }; res: Report };
  'engine/redact': { req: RedactRequest & { options?: EngineRedactOptions }; res: WireFile };
  'engine/cancel': { req: { requestId: string }; res: null };
  'engine/warm': { req: Record<string, never>; res: null };
}
export type EngineType = keyof EngineMap;
export interface EngineEnvelope<T extends EngineType = EngineType> {
  to: 'engine';
  type: T;
  req: EngineMap[T]['req'];
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.type === 'string' && typeof v.to === 'string' && typeof v.req === 'object' && v.req !== null;
}
