import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames } from './fakes';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { guardIfLoadedLate, guardOpenTabs } = await import('../../../lib/background/reinject');

type Injection = { target: { tabId: number; allFrames: boolean }; files: string[]; world?: string };
let injections: Injection[];
let refuseFirst: number;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  injections = [];
  refuseFirst = 0;
  (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => [{ id: 1, status: 'complete' }, { id: 2, status: 'complete' }]);
  (fakeBrowser as unknown as { scripting: Record<string, unknown> }).scripting = {
    executeScript: vi.fn(async (injection: Injection) => {
      if (refuseFirst-- > 0) throw new Error('Cannot access contents of the page.');
      injections.push(injection);
      return [];
    }),
  };
  // Tab 1 runs this version's gate; tab 2 only an old one, which cannot answer.
  fakeFrames((tabId) => (tabId === 1 ? () => ({ ok: true, value: null }) : undefined));
});
afterEach(() => vi.useRealTimers());

describe('guarding tabs that were open before an update (Chrome)', () => {
  it('gives the gate, then the page hook, only to tabs whose gate does not answer', async () => {
    const done = guardOpenTabs();
    await vi.runAllTimersAsync();
    await done;
    expect(injections.map((i) => [i.target.tabId, i.files[0], i.world ?? 'ISOLATED', i.target.allFrames])).toEqual([
      [2, '/content-scripts/guard.js', 'ISOLATED', true],
      [2, '/content-scripts/page-hook.js', 'MAIN', true],
    ]);
  });

  it('tries again while Chrome still refuses scripting just after the update', async () => {
    refuseFirst = 2;
    const done = guardOpenTabs();
    await vi.runAllTimersAsync();
    await done;
    expect(injections.map((i) => i.files[0])).toEqual(['/content-scripts/guard.js', '/content-scripts/page-hook.js']);
  });

  it('gives no second gate to a tab that was still loading when first asked and has its own gate by the retry', async () => {
    let asked = 0;
    // Tab 2 does not answer the first ping (still loading), then its gate does.
    fakeFrames((tabId) => (tabId === 1 || asked++ > 0 ? () => ({ ok: true, value: null }) : undefined));
    const done = guardOpenTabs();
    await vi.runAllTimersAsync();
    await done;
    expect(injections).toEqual([]);
  });

  it('leaves a tab that is still loading to its declared scripts, and asks it once it has loaded', async () => {
    (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => [{ id: 2, status: 'loading' }]);
    const started = guardOpenTabs();
    await vi.runAllTimersAsync();
    await started;
    expect(injections).toEqual([]);
    const loaded = guardIfLoadedLate(2);
    await vi.runAllTimersAsync();
    await loaded;
    expect(injections.map((i) => [i.target.tabId, i.files[0]])).toEqual([
      [2, '/content-scripts/guard.js'],
      [2, '/content-scripts/page-hook.js'],
    ]);
    injections = [];
    const again = guardIfLoadedLate(2);
    await vi.runAllTimersAsync();
    await again;
    expect(injections).toEqual([]);
  });
});
