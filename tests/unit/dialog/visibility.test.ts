import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for Chromium's Intersection Observer v2: the test says when the frame is in full view. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(readonly callback: (entries: unknown[]) => void) {
    FakeObserver.last = this;
  }
  observe(): void {}
  report(isVisible: boolean): void {
    this.callback([{ isVisible }]);
  }
}

/** A fresh copy of the module, watching, with every steadiness it reported in `seen`. */
async function watching() {
  vi.resetModules();
  const visibility = await import('../../../lib/dialog/visibility');
  visibility.watchOwnVisibility();
  const seen: boolean[] = [];
  visibility.onSteadyChange((steady) => seen.push(steady));
  return { seen, visibleForDecision: visibility.visibleForDecision };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', class { get isVisible() { return true; } });
  vi.stubGlobal('document', { documentElement: {} });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeObserver.last = undefined;
});

describe('the dialog frame counts a choice only after half a second in full view (Chromium)', () => {
  it('holds decisions until the observer has said the frame is visible, then for 500 ms more', async () => {
    const { seen, visibleForDecision } = await watching();
    expect(seen).toEqual([false]);
    expect(await visibleForDecision()).toBe(false);

    FakeObserver.last!.report(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([false]);
    expect(await visibleForDecision()).toBe(false);

    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([false, true]);
    expect(await visibleForDecision()).toBe(true);
  });

  it('a repeated report of "visible" does not restart the wait; being covered does, at once', async () => {
    const { seen, visibleForDecision } = await watching();
    FakeObserver.last!.report(true);
    await vi.advanceTimersByTimeAsync(400);
    FakeObserver.last!.report(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual([false, true]);

    FakeObserver.last!.report(false);
    expect(seen).toEqual([false, true, false]);
    expect(await visibleForDecision()).toBe(false);
    FakeObserver.last!.report(true);
    await vi.advanceTimersByTimeAsync(200);
    FakeObserver.last!.report(false);
    await vi.advanceTimersByTimeAsync(1000);
    // Uncovered for 200 ms, then covered again: never steady in between.
    expect(seen).toEqual([false, true, false, false]);
  });

  it('without Intersection Observer v2 (Firefox) nothing waits: the content script checks instead', async () => {
    vi.stubGlobal('IntersectionObserverEntry', class {});
    const { seen, visibleForDecision } = await watching();
    expect(seen).toEqual([true]);
    expect(await visibleForDecision()).toBe(true);
  });
});
