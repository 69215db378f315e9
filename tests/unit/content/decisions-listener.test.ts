// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { listenForDecisions } = await import('../../../lib/content/hold');

/** What this frame answers a message from `sender` (undefined: it does not answer). */
async function answerTo(message: unknown, sender: object): Promise<unknown> {
  let answer: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, sender, (r: unknown) => (answer = r));
  return answer;
}

const ping = { to: 'content', type: 'gate/ping', req: {} };
const OUR_BACKGROUND = { id: fakeBrowser.runtime.id };

beforeAll(() => listenForDecisions());

describe('the content script answers only our background', () => {
  it('answers our background', async () => {
    expect(await answerTo(ping, OUR_BACKGROUND)).toEqual({ ok: true, value: null });
    expect(await answerTo({ to: 'content', type: 'hold/ping', req: { sessionId: 's' } }, OUR_BACKGROUND)).toEqual({ ok: true, value: { held: false } });
    expect(await answerTo({ to: 'content', type: 'hold/files', req: { sessionId: 's' } }, OUR_BACKGROUND)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('ignores another tab’s content script, another extension and a forged envelope', async () => {
    expect(await answerTo(ping, { id: fakeBrowser.runtime.id, tab: { id: 8 }, url: 'https://x.com/' })).toBeUndefined();
    expect(await answerTo(ping, { id: 'someone-else' })).toBeUndefined();
    expect(await answerTo({ ...ping, to: 'background' }, OUR_BACKGROUND)).toBeUndefined();
    expect(await answerTo({ to: 'content', type: 'toString', req: {} }, OUR_BACKGROUND)).toBeUndefined();
    expect(await answerTo('gate/ping', OUR_BACKGROUND)).toBeUndefined();
  });

  it('never lets a stranger decide a held attachment', async () => {
    const decided = { to: 'content', type: 'hold/decided', req: { sessionId: 's', decision: { action: 'release', reason: 'nothing-found' } } };
    expect(await answerTo(decided, { id: fakeBrowser.runtime.id, tab: { id: 8 } })).toBeUndefined();
    expect(await answerTo(decided, OUR_BACKGROUND)).toEqual({ ok: true, value: { known: false } });
  });
});
