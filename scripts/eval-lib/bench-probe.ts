/**
 * Code that runs inside the browser for the benchmark. Each function is
 * serialised by the driver, so it must be self-contained (no imports, no closures).
 */

/** What the probe records in the dialog frame, as epoch milliseconds (performance.timeOrigin + now). */
export interface ProbeState {
  /** The dialog document started loading. */
  navigationAt: number;
  /** First contentful paint of the dialog frame: the dialog is visible. */
  paintAt?: number;
  /** The [role=dialog] panel is in the DOM. */
  dialogAt?: number;
  /** The results heading (#cg-heading) is in the DOM: findings are shown. */
  shownAt?: number;
  /** session/check round trips seen from the dialog, with the report the background returned. */
  checks: Array<{ sentAt: number; answeredAt: number; timings?: Record<string, number>; verdict?: string; error?: string }>;
  /** Every runtime message the dialog sent and had answered (session/get, keepalive, …), for finding where the dialog waits. */
  messages: Array<{ type?: string; sentAt: number; answeredAt: number }>;
}

/**
 * Init script for every frame: in the extension's dialog.html only, records
 * paint, DOM milestones and the engine/check answers (wrapping runtime.sendMessage
 * before the dialog's own code captures it). Does nothing elsewhere.
 */
export function installProbe(): void {
  if (!/^(chrome|moz)-extension:$/.test(location.protocol) || !location.pathname.endsWith('/dialog.html')) return;
  const now = () => performance.timeOrigin + performance.now();
  const state: ProbeState = { navigationAt: performance.timeOrigin, checks: [], messages: [] };
  (window as unknown as { __cgBench: ProbeState }).__cgBench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.paintAt ??= performance.timeOrigin + e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const look = () => {
    if (state.dialogAt === undefined && document.querySelector('[role=dialog]')) state.dialogAt = now();
    if (state.shownAt === undefined && document.getElementById('cg-heading')) state.shownAt = now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  const g = globalThis as unknown as { chrome?: { runtime?: Record<string, unknown> }; browser?: { runtime?: Record<string, unknown> } };
  for (const runtime of new Set([g.chrome?.runtime, g.browser?.runtime])) {
    const original = runtime?.sendMessage as ((...a: unknown[]) => Promise<unknown>) | undefined;
    if (!runtime || typeof original !== 'function') continue;
    runtime.sendMessage = (...args: unknown[]) => {
      const sentAt = now();
      const answer = original.apply(runtime, args);
      const message = args[0] as { type?: string } | undefined;
      if (answer && typeof answer.then === 'function') void answer.then(() => state.messages.push({ type: message?.type, sentAt, answeredAt: now() }), () => undefined);
      if (message?.type === 'session/check' && answer && typeof answer.then === 'function') {
        void answer.then((r) => {
          const res = r as { value?: { timings?: Record<string, number>; verdict?: string; error?: string }; error?: unknown } | undefined;
          const value = res?.value;
          const error = res?.error !== undefined ? JSON.stringify(res.error) : value?.error;
          state.checks.push({ sentAt, answeredAt: now(), timings: value?.timings, verdict: value?.verdict, error });
        }, () => undefined);
      }
      return answer;
    };
  }
}

/** Page world: builds a File from base64 and keeps it ready, so transfer time is not measured. */
export function stageFile(f: { name: string; type: string; base64: string }): number {
  const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
  (window as unknown as { __cgFile: File }).__cgFile = new File([bytes], f.name, { type: f.type });
  return bytes.length;
}

/** Page world: puts the staged file in #media and fires input + change; returns the epoch ms just before. */
export function attachStaged(): number {
  const input = document.getElementById('media') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add((window as unknown as { __cgFile: File }).__cgFile);
  input.files = transfer.files;
  // The extension's placeholder ("holding your image while it checks it") is the first thing the user sees:
  // stamped at the first animation frame after its host element joins the page.
  const w = window as unknown as { __cgHeldAt?: number };
  delete w.__cgHeldAt;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('consent-guard-dialog')) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__cgHeldAt = performance.timeOrigin + performance.now()));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const at = performance.timeOrigin + performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return at;
}

/** Dialog frame: the probe's record, or a fallback from the DOM when the init script did not run there. */
export function readProbe(): ProbeState | { fallback: true; shown: boolean; dialog: boolean; now: number } {
  const state = (window as unknown as { __cgBench?: ProbeState }).__cgBench;
  if (state) return state;
  return { fallback: true, shown: !!document.getElementById('cg-heading'), dialog: !!document.querySelector('[role=dialog]'), now: performance.timeOrigin + performance.now() };
}

/** What the responsiveness probe saw in the dialog frame, ms. */
export interface StallState {
  /** Durations of long tasks (PerformanceObserver 'longtask', > 50 ms by definition); null where the browser lacks the API (Firefox). */
  longTasks: number[] | null;
  /** Longest delay of a 10 ms timer beyond its due time: how long the frame's main thread was unavailable. */
  maxTimerLateMs: number;
  /** Timer delays over 50 ms. */
  lateOver50: number;
}

/**
 * Dialog frame: starts watching its main thread (idempotent). Long tasks are buffered from the
 * frame's start where supported; the timer heartbeat works in every browser from now on.
 */
export function installStallProbe(): boolean {
  const w = window as unknown as { __cgStalls?: StallState };
  if (w.__cgStalls) return false;
  const state: StallState = { longTasks: null, maxTimerLateMs: 0, lateOver50: 0 };
  w.__cgStalls = state;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    state.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks?.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  }
  let due = performance.now() + 10;
  const tick = () => {
    const late = performance.now() - due;
    if (late > state.maxTimerLateMs) state.maxTimerLateMs = Math.round(late);
    if (late > 50) state.lateOver50++;
    due = performance.now() + 10;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  return true;
}

/** Dialog frame: what the responsiveness probe has seen so far. */
export function readStalls(): StallState | null {
  return (window as unknown as { __cgStalls?: StallState }).__cgStalls ?? null;
}
