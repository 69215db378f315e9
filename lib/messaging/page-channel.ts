import type { AuditEntry } from '../audit/types';
import type { Report } from '../engine/report';
import type { Settings, SettingsState } from '../settings/types';
import type { WireFile } from '../wire/file';

/** Our extension pages (options, popup) → background. */
export interface PageToBackground {
  /** Effective settings and which keys policy locks. */
  'settings/get': { req: Record<string, never>; res: SettingsState };
  /** Options page: save the user's own choices (locked keys are ignored); `reset` forgets them all. */
  'settings/set': { req: { patch: Partial<Settings>; reset?: boolean }; res: SettingsState };
  /** Options page: the local audit log, oldest first; or clear it. */
  'audit/list': { req: Record<string, never>; res: AuditEntry[] };
  'audit/clear': { req: Record<string, never>; res: null };
  /** Check an image chosen on the options page ("Check an image"); nothing is held or posted. */
  'practice/check': { req: { requestId: string; file: WireFile }; res: Report };
  /** A Mastodon server was added (host permission already granted); start protecting it. */
  'sites/add-mastodon': { req: { origin: string }; res: { origins: string[] } };
  /** When the background (re)started, newest last (diagnostics; the restart tests read it). */
  'diagnostics/get': { req: Record<string, never>; res: { starts: number[] } };
}
