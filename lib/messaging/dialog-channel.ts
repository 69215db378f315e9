import type { CheckProgress } from '../engine/progress';
import type { Box, Report } from '../engine/report';
import type { DialogPolicy } from '../settings/dialog-policy';
import type { Settings } from '../settings/types';
import type { SiteId } from '../sites/types';
import type { Decision } from '../wire/decision';
import type { WireFile } from '../wire/file';

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

/** Areas to fill, [x,y,w,h] in original image pixels; faces get a wider margin (and pixelation if chosen). */
export type RedactBoxes = { box: Box; kind: 'face' | 'text' }[];

/** The dialog (in the tab that holds the session) → background. */
export interface DialogToBackground {
  'session/get': { req: { sessionId: string }; res: SessionInfo };
  'session/decide': { req: { sessionId: string; decision: Decision }; res: null };
  /** Check one held file; findings so far arrive as `check/progress`. */
  'session/check': { req: { sessionId: string; requestId: string; fileIndex: number }; res: Report };
  /** The redacted copy of a file, for the preview and for "Redact and continue". */
  'session/redact': { req: { sessionId: string; requestId: string; file: WireFile; boxes: RedactBoxes }; res: WireFile };
  /** Stop a check or a redaction this dialog asked for. */
  'session/cancel': { req: { requestId: string }; res: null };
  /** While it waits on engine work: Firefox suspends an event page that hears nothing for 30 s. */
  keepalive: { req: Record<string, never>; res: null };
  /** Keep this label on the user's images from now on (refused for anything identifying, or when policy fixes the list). */
  'labels/keep': { req: { label: string }; res: { keptLabels: string[] } };
}

/** The engine host → the dialog that asked for check `requestId` (no answer expected). */
export interface ToDialog {
  'check/progress': { req: { requestId: string; progress: CheckProgress }; res: null };
}
