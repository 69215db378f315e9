import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckProgress } from '../../../lib/engine/progress';
import { serveEngine, type ProgressRelay } from '../../../lib/engine-host/serve';
import type { EngineWorker } from '../../../lib/engine-host/worker-client';
import type { EngineEnvelope } from '../../../lib/messaging/engine-channel';
import type { Result } from '../../../lib/messaging/result';

const file = { name: 'a.png', type: 'image/png', lastModified: 0, size: 1, bytes: new ArrayBuffer(1) };
const p = (lines: number, extra: Partial<CheckProgress> = {}): CheckProgress => ({
  width: 1,
  height: 1,
  metadata: [],
  text: { lines: Array.from({ length: lines }, () => ({ box: [0, 0, 1, 1], text: 'x' })), identifiers: [], found: 10 },
  ...extra,
});

/** A worker whose check reports progress when the test says, then answers. */
function fakeWorker() {
  let tell: ((p: CheckProgress) => void) | undefined;
  let answer: ((r: Result<unknown>) => void) | undefined;
  const worker = {
    call: (_e: EngineEnvelope, onProgress?: (p: CheckProgress) => void) => {
      tell = onProgress;
      return new Promise<Result<unknown>>((resolve) => (answer = resolve));
    },
  } as unknown as EngineWorker;
  return { worker, tell: (x: CheckProgress) => tell?.(x), answer: (r: Result<unknown>) => answer?.(r) };
}

afterEach(() => vi.useRealTimers());

describe('serving engine requests', () => {
  it('sends a check’s progress to the dialog that asked, at most every 100 ms, a finished stage at once, nothing after the answer', async () => {
    vi.useFakeTimers();
    const sent: { lines: number; faces: boolean; to: unknown }[] = [];
    const relay: ProgressRelay = (m, replyTo) => sent.push({ lines: m.req.progress.text.lines.length, faces: !!m.req.progress.faces, to: replyTo });
    const { worker, tell, answer } = fakeWorker();
    const replyTo = { tabId: 3, frameId: 7 };
    const done = serveEngine(worker, { to: 'engine', type: 'engine/check', req: { requestId: 'r', file, replyTo } }, relay);
    tell(p(0));
    tell(p(1));
    tell(p(2));
    expect(sent.map((s) => s.lines)).toEqual([0]);
    tell(p(2, { faces: [] }));
    expect(sent.map((s) => s.faces)).toEqual([false, true]);
    tell(p(3, { faces: [] }));
    vi.advanceTimersByTime(100);
    expect(sent.map((s) => s.lines)).toEqual([0, 2, 3]);
    tell(p(4, { faces: [] }));
    answer({ ok: true, value: 'report' });
    await expect(done).resolves.toEqual({ ok: true, value: 'report' });
    vi.advanceTimersByTime(500);
    expect(sent.map((s) => s.lines)).toEqual([0, 2, 3]);
    expect(sent.every((s) => s.to === replyTo)).toBe(true);
  });
});
