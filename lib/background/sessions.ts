import { browser } from 'wxt/browser';
import { createLock } from '../async/lock';
import type { Report } from '../engine/report';
import type { AttachChannel } from '../messaging/content-channel';
import type { WireFile } from '../wire/file';
import type { SiteId } from '../sites/types';

/** A held file as the session record keeps it: everything but the bytes. */
export type HeldFileInfo = Omit<WireFile, 'bytes'>;

/**
 * Files held in one frame of one tab while the user decides. The record lives in
 * `storage.session`, so a stopped service worker (Chrome) or a suspended event page (Firefox)
 * finds it again; the bytes stay with the content script that holds the files, and a copy is
 * kept in memory here while this worker lives (`session-files.ts`).
 */
export interface HoldSession {
  id: string;
  tabId: number;
  frameId: number;
  site: SiteId | 'other';
  pageOrigin: string;
  channel: AttachChannel;
  files: HeldFileInfo[];
  composerText: string;
  openedAt: number;
  /** Engine reports by file index, kept for the audit log (kinds and counts only are recorded). */
  reports: (Report | undefined)[];
  /** Set once the decision has been logged, so a repeated decision is not logged twice. */
  loggedAt?: number;
}

const PREFIX = 'hold:';
const keyOf = (id: string) => `${PREFIX}${id}`;
/** Read-modify-write of one record at a time (reports arrive while a decision may be made). */
const serial = createLock();

export async function openSession(init: Omit<HoldSession, 'id' | 'openedAt' | 'reports'>): Promise<HoldSession> {
  const session: HoldSession = { ...init, id: crypto.randomUUID(), openedAt: Date.now(), reports: [] };
  await serial(() => browser.storage.session.set({ [keyOf(session.id)]: session }));
  return session;
}

export async function getSession(id: string): Promise<HoldSession | undefined> {
  if (typeof id !== 'string' || id.length === 0) return undefined;
  const stored = await browser.storage.session.get(keyOf(id));
  return stored[keyOf(id)] as HoldSession | undefined;
}

/** Applies `change` to a stored session; undefined if it has ended meanwhile. */
export function updateSession(id: string, change: (session: HoldSession) => HoldSession): Promise<HoldSession | undefined> {
  return serial(async () => {
    const session = await getSession(id);
    if (!session) return undefined;
    const next = change(session);
    await browser.storage.session.set({ [keyOf(id)]: next });
    return next;
  });
}

export function closeSession(id: string): Promise<void> {
  return serial(() => browser.storage.session.remove(keyOf(id)));
}

export async function allSessions(): Promise<HoldSession[]> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as HoldSession);
}

export async function sessionsOfTab(tabId: number): Promise<HoldSession[]> {
  return (await allSessions()).filter((s) => s.tabId === tabId);
}

/** True while any session in this tab is waiting for a decision. */
export async function tabHasPendingSession(tabId: number): Promise<boolean> {
  return (await sessionsOfTab(tabId)).length > 0;
}

export async function closeSessionsOfTab(tabId: number): Promise<void> {
  for (const session of await sessionsOfTab(tabId)) await closeSession(session.id);
}

/** The record's view of wire files (names, types, sizes; no bytes). */
export const infoOf = ({ name, type, lastModified, size, withheld, sha256 }: WireFile): HeldFileInfo => ({
  name,
  type,
  lastModified,
  size,
  ...(withheld ? { withheld, sha256 } : {}),
});
