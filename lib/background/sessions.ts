import type { Report } from '../engine/report';
import type { AttachChannel, WireFile } from '../messaging/protocol';
import type { SiteId } from '../sites/types';

/** Files held in one frame of one tab while the user decides. */
export interface HoldSession {
  id: string;
  tabId: number;
  frameId: number;
  site: SiteId | 'other';
  pageOrigin: string;
  channel: AttachChannel;
  files: WireFile[];
  composerText: string;
  openedAt: number;
  /** Engine reports by file index, kept for the audit log (kinds and counts only are recorded). */
  reports: (Report | undefined)[];
}

const sessions = new Map<string, HoldSession>();

export function openSession(init: Omit<HoldSession, 'id' | 'openedAt' | 'reports'>): HoldSession {
  const session: HoldSession = { ...init, id: crypto.randomUUID(), openedAt: Date.now(), reports: [] };
  sessions.set(session.id, session);
  return session;
}

export function getSession(id: string): HoldSession | undefined {
  return sessions.get(id);
}

export function closeSession(id: string): HoldSession | undefined {
  const session = sessions.get(id);
  sessions.delete(id);
  return session;
}

/** True while any session in this tab is waiting for a decision. */
export function tabHasPendingSession(tabId: number): boolean {
  return [...sessions.values()].some((s) => s.tabId === tabId);
}

export function closeSessionsOfTab(tabId: number): void {
  for (const [id, s] of sessions) if (s.tabId === tabId) sessions.delete(id);
}
