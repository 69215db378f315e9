import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames, fakeSessionRules, senders, type FrameAnswer } from './fakes';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const engineCalls: { type: string; req: unknown }[] = [];
vi.mock('../../../lib/background/engine-client', () => ({
  callEngine: vi.fn(async (type: string, req: unknown) => {
    engineCalls.push({ type, req });
    if (type === 'engine/check') return { ok: true, value: { verdict: 'identifiable', findings: [] } };
    return { ok: true, value: null };
  }),
}));

type Router = typeof import('../../../lib/background/router');

/** A fresh background, as after Chrome stopped the service worker or Firefox suspended the event page. */
async function startBackground(): Promise<Router> {
  vi.resetModules();
  return import('../../../lib/background/router');
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const wireFile = () => ({ name: 'frame.png', type: 'image/png', lastModified: 1, size: PNG.byteLength, bytes: PNG.slice().buffer });

async function ask(router: Router, type: string, req: unknown, sender: object) {
  return router.handleBackgroundMessage({ to: 'background', type, req }, sender as never)!;
}

let rules: ReturnType<typeof fakeSessionRules>;
/** Frames that hold sessions, as their content scripts would answer. */
let frames: Map<string, FrameAnswer>;
let sent: ReturnType<typeof fakeFrames>;

/** A content script holding `files` for whatever session it is asked about. */
function holdingFrame(files = [wireFile()]): FrameAnswer & { decided: string[] } {
  const decided: string[] = [];
  const answer = ((message: { type: string; req: Record<string, unknown> }) => {
    if (message.type === 'hold/files') return { ok: true, value: files };
    if (message.type === 'hold/ping') return { ok: true, value: { held: !decided.includes(message.req.sessionId as string) } };
    if (message.type === 'hold/decided') {
      decided.push(message.req.sessionId as string);
      return { ok: true, value: { known: true } };
    }
    return undefined;
  }) as FrameAnswer & { decided: string[] };
  answer.decided = decided;
  return answer;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
  engineCalls.length = 0;
  rules = fakeSessionRules();
  frames = new Map();
  sent = fakeFrames((tabId, frameId) => frames.get(`${tabId}/${frameId}`));
});

async function openHold(router: Router, tabId = 7) {
  const opened = await ask(router, 'hold/open', { files: [wireFile()], channel: 'input', composerText: 'Hello' }, senders.contentScript(tabId));
  expect(opened.ok).toBe(true);
  return (opened as { value: { sessionId: string } }).value.sessionId;
}

describe('held sessions outlive the background', () => {
  it('stores the session without its bytes and blocks the site’s upload endpoints for that tab only', async () => {
    const router = await startBackground();
    const id = await openHold(router);
    const stored = await fakeBrowser.storage.session.get(null);
    const record = stored[`hold:${id}`] as { files: object[]; tabId: number };
    expect(record.tabId).toBe(7);
    expect(record.files).toEqual([{ name: 'frame.png', type: 'image/png', lastModified: 1, size: PNG.byteLength }]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.condition.tabIds?.join() === '7')).toBe(true);
  });

  it('after a restart the dialog still reads the session: the bytes come back from the frame that holds them', async () => {
    const id = await openHold(await startBackground());
    frames.set('7/0', holdingFrame());
    const router = await startBackground();
    const got = await ask(router, 'session/get', { sessionId: id }, senders.dialog());
    expect(got.ok).toBe(true);
    const files = (got as { value: { files: { bytes: ArrayBuffer }[]; composerText: string } }).value;
    expect(new Uint8Array(files.files[0]!.bytes)).toEqual(PNG);
    expect(files.composerText).toBe('Hello');
    expect(sent.filter((m) => m.type === 'hold/files')).toHaveLength(1);
    // A second read uses the copy this background now keeps.
    await ask(router, 'session/get', { sessionId: id }, senders.dialog());
    expect(sent.filter((m) => m.type === 'hold/files')).toHaveLength(1);
  });

  it('refuses bytes from the frame that do not match the held files', async () => {
    const id = await openHold(await startBackground());
    frames.set('7/0', holdingFrame([{ ...wireFile(), bytes: new Uint8Array([1, 2]).buffer }]));
    const got = await ask(await startBackground(), 'session/get', { sessionId: id }, senders.dialog());
    expect(got).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('checks after a restart and keeps the report for the audit log', async () => {
    const id = await openHold(await startBackground());
    frames.set('7/0', holdingFrame());
    const router = await startBackground();
    const checked = await ask(router, 'session/check', { sessionId: id, requestId: 'r1', fileIndex: 0 }, senders.dialog());
    expect(checked.ok).toBe(true);
    expect(engineCalls.map((c) => c.type)).toEqual(['engine/check']);
    const record = (await fakeBrowser.storage.session.get(`hold:${id}`))[`hold:${id}`] as { reports: unknown[] };
    expect(record.reports[0]).toMatchObject({ verdict: 'identifiable' });
  });

  it('a decision whose page has gone ends the session and lifts the block, and is not logged as posted', async () => {
    const id = await openHold(await startBackground());
    // No frame answers: the page that held the files has navigated away.
    const first = await ask(await startBackground(), 'session/decide', { sessionId: id, decision: { action: 'cancel' } }, senders.dialog());
    expect(first).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(rules).toHaveLength(0);
    // The session is then gone; a dialog that retries finds it ended rather than deciding twice.
    const again = await ask(await startBackground(), 'session/decide', { sessionId: id, decision: { action: 'cancel' } }, senders.dialog());
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The files went with the page, so nothing was posted or cancelled: the log has nothing to record.
    const { readAudit } = await import('../../../lib/audit/log');
    expect(await readAudit()).toHaveLength(0);
  });

  it('delivers a decision that was logged but not delivered, without a second log entry', async () => {
    const router = await startBackground();
    const id = await openHold(router);
    frames.set('7/0', holdingFrame());
    // As if a previous attempt had written the log entry and then the worker stopped.
    const { updateSession } = await import('../../../lib/background/sessions');
    const { recordDecision } = await import('../../../lib/audit/recorder');
    const files = [wireFile()];
    await recordDecision({ site: 'x', pageOrigin: 'https://x.com', files, reports: [] }, { action: 'release', reason: 'written-consent' });
    await updateSession(id, (s) => ({ ...s, loggedAt: Date.now() }));

    const frame = holdingFrame();
    frames.set('7/0', frame);
    const decided = await ask(await startBackground(), 'session/decide', { sessionId: id, decision: { action: 'release', reason: 'written-consent' } }, senders.dialog());
    expect(decided.ok).toBe(true);
    expect(frame.decided).toEqual([id]);
    expect(rules).toHaveLength(0);
    expect(await fakeBrowser.storage.session.get(`hold:${id}`)).toEqual({});
    const { readAudit } = await import('../../../lib/audit/log');
    expect(await readAudit()).toHaveLength(1);
  });

  it('keeps the block while another session in the same tab is still held', async () => {
    const router = await startBackground();
    frames.set('7/0', holdingFrame());
    const first = await openHold(router);
    await openHold(router);
    await ask(await startBackground(), 'session/decide', { sessionId: first, decision: { action: 'cancel' } }, senders.dialog());
    expect(rules.length).toBeGreaterThan(0);
  });
});

describe('who may touch a session', () => {
  it('refuses holds from another extension and from pages that are not https', async () => {
    const router = await startBackground();
    for (const sender of [senders.otherExtension(), senders.pageOverHttp()]) {
      const opened = await ask(router, 'hold/open', { files: [wireFile()], channel: 'input', composerText: '' }, sender);
      expect(opened).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('lets only our dialog in the holding tab read or decide a session', async () => {
    const router = await startBackground();
    frames.set('7/0', holdingFrame());
    const id = await openHold(router);
    const forged = [senders.contentScript(7), senders.otherExtension(7), senders.dialog(8)];
    for (const sender of forged) {
      expect(await ask(router, 'session/get', { sessionId: id }, sender)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await ask(router, 'session/decide', { sessionId: id, decision: { action: 'release', reason: 'anonymised' } }, sender)).toMatchObject({ ok: false });
    }
    expect(sent.filter((m) => m.type === 'hold/decided')).toEqual([]);
  });

  it('lets a content script abandon only the sessions of its own tab', async () => {
    const router = await startBackground();
    const id = await openHold(router, 7);
    expect(await ask(router, 'hold/abandon', { sessionId: id }, senders.contentScript(9))).toMatchObject({ ok: false });
    expect(await ask(router, 'hold/abandon', { sessionId: id }, senders.contentScript(7))).toMatchObject({ ok: true });
    expect(rules).toHaveLength(0);
  });

  it('answers a frame back from the back/forward cache with the sessions of that frame only', async () => {
    const router = await startBackground();
    const mine = await openHold(router, 7);
    const other = await openHold(router, 9);
    const status = await ask(router, 'hold/status', { sessionIds: [mine, other, 'nonsense'] }, senders.contentScript(7));
    expect(status).toEqual({ ok: true, value: { known: [mine] } });
  });
});

describe('reconciling after a restart', () => {
  it('ends sessions whose page has gone and lifts blocks nothing needs, keeping the rest', async () => {
    const router = await startBackground();
    const kept = await openHold(router, 7);
    const gone = await openHold(router, 9);
    rules.push({ id: 900, condition: { tabIds: [11], urlFilter: '||upload.x.com' } });
    frames.set('7/0', holdingFrame());
    vi.resetModules();
    const { reconcileHolds } = await import('../../../lib/background/reconcile');
    await reconcileHolds();
    const stored = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(stored).toContain(`hold:${kept}`);
    expect(stored).not.toContain(`hold:${gone}`);
    expect(new Set(rules.flatMap((r) => r.condition.tabIds))).toEqual(new Set([7]));
  });
});
