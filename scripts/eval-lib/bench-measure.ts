/** One timed attach → dialog → findings, and how samples are summarised. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { attachStaged, installStallProbe, readProbe, readStalls, stageFile, type ProbeState, type StallState } from './bench-probe';
import { call, type BenchBrowser } from './bench-browsers';
import { percentile } from './stats';

/** The compose page of the fixture server (behind the proxy). */
export const COMPOSE_URL = 'https://x.com/x-compose.html';

/** One measured attach. Times are ms after the page fired the file input's events. */
export interface Sample {
  /** The dialog frame's first contentful paint (or the panel in the DOM when paint timing is missing). */
  dialogMs: number;
  /** The page showed the extension's placeholder (the first animation frame after it was added). */
  heldMs?: number;
  /** The dialog document started loading (the file was held and the session opened): the rest of dialogMs is the frame's load and first paint. */
  frameMs?: number;
  /** The results heading is in the dialog. */
  shownMs: number;
  /** Stage times from the report the engine returned (when the probe saw it). */
  timings?: Record<string, number>;
  /** The report's verdict, or the engine's error, as the dialog received them. */
  verdict?: string;
  error?: string;
  /** How the times were taken: 'probe' = inside the frames; 'poll' = Node polling every ~20 ms. */
  method: 'probe' | 'poll';
  /** With 'poll', the stage times come from a second check of the same file asked for by the dialog frame. */
  stagesFrom?: 'report' | 'recheck';
  /** The dialog frame's main thread while the check ran (from when the frame was found to findings shown). */
  stalls?: StallState;
}

/** How one attach is made. */
export interface MeasureOptions {
  /** Ask the dialog frame for a second check of the file to read the stage times (Firefox). */
  recheck?: boolean;
  /** Wait this long after the page loaded before attaching (the engine warms on page load). */
  attachAfterMs?: number;
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a compose tab, attaches `path`, waits for findings, cancels and closes. */
export async function measureOnce(browser: BenchBrowser, path: string, options: MeasureOptions = {}): Promise<Sample> {
  const { recheck = false, attachAfterMs = 0, timeoutMs = 180_000 } = options;
  const tab = await browser.open(COMPOSE_URL);
  try {
    // Unique bytes for every attach (a few bytes after the JPEG's end, which decoders ignore): the engine keeps the last
    // decoded image for the redaction that may follow, and a repeat of the same file would skip its decoding.
    const bytes = Buffer.concat([readFileSync(path), Buffer.from(randomUUID())]);
    const file = { name: basename(path), type: 'image/jpeg', base64: bytes.toString('base64') };
    await tab.eval(call(stageFile, file));
    if (attachAfterMs > 0) await sleep(attachAfterMs);
    const t0 = (await tab.eval(call(attachStaged))) as number;
    const deadline = Date.now() + timeoutMs;
    let polledDialog: number | undefined;
    let watching = false;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`no findings within ${timeoutMs / 1000} s`);
      const frame = await tab.dialog();
      if (frame && !watching) watching = (await frame.eval(call(installStallProbe)).then(() => true, () => false));
      const state = frame ? ((await frame.eval(call(readProbe)).catch(() => undefined)) as ReturnType<typeof readProbe> | undefined) : undefined;
      const stalls = async () => ((await frame?.eval(call(readStalls)).catch(() => null)) as StallState | null) ?? undefined;
      if (state && 'fallback' in state) {
        if (state.dialog) polledDialog ??= state.now;
        if (state.shown) {
          const seen = await stalls();
          const again = recheck ? ((await frame?.eval(RECHECK).catch(() => undefined)) as { timings?: Record<string, number>; verdict?: string } | undefined) : undefined;
          await frame?.eval(CANCEL).catch(() => undefined);
          const heldAt = (await tab.eval('window.__cgHeldAt').catch(() => undefined)) as number | undefined;
          const sample: Sample = { dialogMs: (polledDialog ?? state.now) - t0, ...(heldAt !== undefined && { heldMs: heldAt - t0 }), shownMs: state.now - t0, method: 'poll', ...(seen && { stalls: seen }) };
          return again?.timings ? { ...sample, timings: again.timings, verdict: again.verdict, stagesFrom: 'recheck' } : sample;
        }
      } else if (state?.shownAt !== undefined) {
        const probe = state as ProbeState;
        const seen = await stalls();
        await frame?.eval(CANCEL).catch(() => undefined);
        const dialogAt = probe.paintAt ?? probe.dialogAt ?? probe.shownAt;
        const heldAt = (await tab.eval('window.__cgHeldAt').catch(() => undefined)) as number | undefined;
        return { dialogMs: (dialogAt ?? Number.NaN) - t0, ...(heldAt !== undefined && { heldMs: heldAt - t0 }), frameMs: probe.navigationAt - t0, shownMs: (probe.shownAt ?? Number.NaN) - t0, timings: probe.checks[0]?.timings, verdict: probe.checks[0]?.verdict, error: probe.checks[0]?.error, method: 'probe', stagesFrom: 'report', ...(seen && { stalls: seen }) };
      }
      await sleep(20);
    }
  } finally {
    await tab.close().catch(() => undefined);
  }
}

/** Clicks the dialog's Cancel button so the session closes cleanly. */
const CANCEL = `[...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === 'Cancel')?.click()`;

/**
 * Dialog frame: asks the background for another check of the session's first file and returns
 * its report (stage times when the probe could not see the first answer, as in Firefox).
 */
const RECHECK = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const sessionId = decodeURIComponent(location.hash.slice(1));
  const r = await api.runtime.sendMessage({ to: 'background', type: 'session/check', req: { sessionId, requestId: crypto.randomUUID(), fileIndex: 0 } });
  return r && r.value ? { timings: r.value.timings, verdict: r.value.verdict } : undefined;
})()`;

/** p50 and p95 of a list, in ms. */
export function p50p95(values: readonly number[]): { p50: number; p95: number; n: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}

/** Median of each stage over samples that carry timings. */
export function medianStages(samples: readonly Sample[]): Record<string, number> {
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s.timings ?? {})))];
  return Object.fromEntries(keys.map((k) => [k, percentile(samples.flatMap((s) => (s.timings?.[k] === undefined ? [] : [s.timings[k]])), 50)]));
}
