import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../lib/messaging/result';
import { fakeFrames, fakeSessionRules } from './fakes';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const engineCalls: { type: string; req: unknown }[] = [];
vi.mock('../../../lib/background/engine-client', () => ({
  callEngine: vi.fn(async (type: string, req: unknown) => {
    engineCalls.push({ type, req });
    if (type === 'engine/check') return { ok: true, value: { file: 'frame.png', width: 1, height: 1, verdict: 'clear', faces: [], text: [], identifiers: [], metadata: [], timings: {} } };
    if (type === 'engine/redact') return { ok: true, value: { name: 'a-redacted.png', type: 'image/png', lastModified: 1, size: 1, bytes: new ArrayBuffer(1) } };
    return { ok: true, value: null };
  }),
}));
vi.mock('../../../lib/background/mastodon-instances', () => ({
  addMastodonInstance: vi.fn(async () => ({ ok: true, value: { origins: ['https://mastodon.example'] } })),
}));
const { handleBackgroundMessage } = await import('../../../lib/background/router');
const { invalidateSettings } = await import('../../../lib/settings/store');

const OURS = fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path as never);

/** Who may send the background a message, and forgeries of them (see sender-forgeries.test.ts for each check on its own). */
const SENDERS = {
  contentScript: { id: OURS, tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post' },
  dialog: { id: OURS, tab: { id: 7 }, frameId: 3, url: `${page('/dialog.html')}#s` },
  options: { id: OURS, url: page('/options.html') },
  popup: { id: OURS, url: page('/popup.html') },
  // A web page has no extension id; another extension has its own.
  webPage: { tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post', origin: 'https://x.com' },
  otherExtension: { id: 'someone-else', tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post' },
  otherExtensionOptions: { id: 'someone-else', url: 'chrome-extension://someone-else/options.html' },
  contentScriptOverHttp: { id: OURS, tab: { id: 7 }, frameId: 0, url: 'http://x.com/compose/post' },
} as const;
type SenderName = keyof typeof SENDERS;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const wireFile = () => ({ name: 'frame.png', type: 'image/png', lastModified: 1, size: PNG.byteLength, bytes: PNG.slice().buffer });

function ask(type: string, req: unknown, sender: object): Promise<Result<unknown>> {
  const answer = handleBackgroundMessage({ to: 'background', type, req }, sender as never);
  if (!answer) throw new Error(`${type} was not answered`);
  return answer;
}

const refused = (r: Result<unknown>) => !r.ok && (r.error.code === 'forbidden' || r.error.code === 'not-found');

/** The senders a message is not refused from (it may still fail for another reason, such as a bad request). */
async function admitted(type: string, req: () => unknown): Promise<SenderName[]> {
  const names: SenderName[] = [];
  for (const name of Object.keys(SENDERS) as SenderName[]) {
    const before = engineCalls.length;
    const result = await ask(type, req(), SENDERS[name]);
    if (!refused(result)) names.push(name);
    // A refused sender never reaches the engine.
    else expect(engineCalls.length, `${type} from ${name} reached the engine`).toBe(before);
  }
  return names;
}

let frames: Map<string, (m: { type: string }) => unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
  invalidateSettings();
  engineCalls.length = 0;
  fakeSessionRules();
  frames = new Map();
  fakeFrames((tabId, frameId) => frames.get(`${tabId}/${frameId}`) as never);
});

describe('the router', () => {
  it('leaves alone what is not a background envelope', () => {
    for (const message of [undefined, null, 'hold/open', { type: 'hold/open', req: {} }, { to: 'content', type: 'hold/decided', req: {} }, { to: 'background', type: 'keepalive' }]) {
      expect(handleBackgroundMessage(message, SENDERS.options as never)).toBeUndefined();
    }
  });

  it('answers an unknown type, even one named like an object property, as a bad request', async () => {
    for (const type of ['no/such', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(await ask(type, {}, SENDERS.options)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('answers no name of another channel: the engine host’s, the content script’s or the dialog’s own inbox', async () => {
    const file = wireFile();
    for (const [type, req] of [
      ['engine/check', { requestId: 'r1', file }],
      ['engine/redact', { requestId: 'r1', file, boxes: [] }],
      ['engine/warm', {}],
      ['hold/decided', { sessionId: 's', decision: { action: 'release', reason: 'nothing-found' } }],
      ['hold/files', { sessionId: 's' }],
      ['check/progress', { requestId: 'r1', progress: {} }],
    ] as const) {
      for (const sender of [SENDERS.contentScript, SENDERS.dialog, SENDERS.options]) {
        expect(await ask(type, req, sender), `${type}`).toMatchObject({ ok: false, error: { code: 'bad-request', message: `Unknown message ${type}` } });
      }
    }
    expect(engineCalls).toEqual([]);
  });

  it('turns a handler that throws into a failed answer, never a rejection', async () => {
    const lost = await ask('hold/open', { files: [{ ...wireFile(), bytes: {} }], channel: 'input', composerText: '' }, SENDERS.contentScript);
    expect(lost).toEqual({ ok: false, error: { code: 'bad-request', message: 'Image bytes were lost in transit' } });
  });
});

describe('who each message is taken from', () => {
  const extensionPages: SenderName[] = ['dialog', 'options', 'popup'];
  const cases: [string, () => unknown, SenderName[]][] = [
    ['settings/get', () => ({}), ['contentScript', ...extensionPages]],
    ['settings/set', () => ({ patch: {} }), ['options']],
    ['audit/list', () => ({}), ['options']],
    ['audit/clear', () => ({}), ['options']],
    ['practice/check', () => ({ requestId: 'r1', file: wireFile() }), extensionPages],
    ['sites/add-mastodon', () => ({ origin: 'mastodon.example' }), ['options', 'popup']],
    ['probe/bytes', () => ({ buffer: new ArrayBuffer(4) }), ['contentScript']],
    ['page/warm-engine', () => ({}), ['contentScript']],
    ['keepalive', () => ({}), extensionPages],
    ['diagnostics/get', () => ({}), extensionPages],
    ['session/cancel', () => ({ requestId: 'r1' }), ['dialog']],
    ['profile/seen', () => ({ hasStatement: true }), ['contentScript']],
    ['hold/status', () => ({ sessionIds: [] }), ['contentScript']],
    ['hold/open', () => ({ files: [wireFile()], channel: 'input', composerText: '' }), ['contentScript']],
  ];
  it.each(cases)('%s', async (type, req, expected) => {
    expect(await admitted(type, req)).toEqual(expected);
  });
});

describe('a held session', () => {
  async function hold(tabId = 7): Promise<string> {
    frames.set(`${tabId}/0`, (m) => (m.type === 'hold/files' ? { ok: true, value: [wireFile()] } : { ok: true, value: { held: true, known: true } }));
    const opened = await ask('hold/open', { files: [wireFile()], channel: 'input', composerText: '' }, { ...SENDERS.contentScript, tab: { id: tabId } });
    return (opened as { ok: true; value: { sessionId: string } }).value.sessionId;
  }

  it('is read, checked, redacted and decided only by our dialog in the tab that holds it', async () => {
    const sessionId = await hold(7);
    const anotherTab = { ...SENDERS.dialog, tab: { id: 8 } };
    const steps: [string, unknown][] = [
      ['session/get', { sessionId }],
      ['session/check', { sessionId, requestId: 'r1', fileIndex: 0 }],
      ['session/redact', { sessionId, requestId: 'r2', file: wireFile(), boxes: [] }],
      ['session/decide', { sessionId, decision: { action: 'cancel' } }],
    ];
    for (const [type, req] of steps) {
      for (const sender of [anotherTab, SENDERS.contentScript, SENDERS.webPage, SENDERS.otherExtension, SENDERS.options]) {
        expect(await ask(type, req, sender), `${type} from ${JSON.stringify(sender)}`).toMatchObject({ ok: false, error: { code: 'not-found' } });
      }
    }
    expect(engineCalls).toEqual([]);
    for (const [type, req] of steps) expect(await ask(type, req, SENDERS.dialog), type).toMatchObject({ ok: true });
    expect(engineCalls.map((c) => c.type)).toEqual(['engine/check', 'engine/redact']);
  });

  it('is abandoned only by a content script of its own tab, and never by a forged one', async () => {
    const sessionId = await hold(7);
    for (const sender of [{ ...SENDERS.contentScript, tab: { id: 9 } }, SENDERS.webPage, SENDERS.otherExtension, SENDERS.contentScriptOverHttp, SENDERS.dialog]) {
      expect(await ask('hold/abandon', { sessionId }, sender)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(await ask('hold/abandon', { sessionId }, SENDERS.contentScript)).toEqual({ ok: true, value: null });
  });
});
