/** How long the dialog must have been fully visible before a decision taken in it counts (as the content script's check). */
const STEADY_MS = 500;

interface VisibilityEntry extends IntersectionObserverEntry {
  /** Intersection Observer v2 (Chromium): false if anything covers, fades, filters or transforms this frame. */
  readonly isVisible?: boolean;
}

/** Where the observer reports visibility, nothing counts as visible until it has said so. */
const HAS_V2 = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
let visibleSince: number | undefined = HAS_V2 ? undefined : -Infinity;
let tracked = false;
const listeners = new Set<(steady: boolean) => void>();
let steadyTimer: ReturnType<typeof setTimeout> | undefined;
const tell = (isSteady: boolean) => {
  for (const listener of listeners) listener(isSteady);
};

function visibilityChanged(visible: boolean): void {
  if (!visible) {
    clearTimeout(steadyTimer);
    visibleSince = undefined;
    tell(false);
    return;
  }
  if (visibleSince !== undefined) return;
  visibleSince = performance.now();
  steadyTimer = setTimeout(() => tell(steady()), STEADY_MS + 10);
}

/**
 * In Chromium, Intersection Observer v2 (`trackVisibility`) reports whether this frame is drawn
 * unobscured and unaltered in the tab, across every frame the page wraps it in, which the content
 * script cannot see past a cross-origin parent. Firefox has no such observer; the content script's
 * own check (lib/content/host-visibility.ts) stands there.
 */
export function watchOwnVisibility(target: Element = document.documentElement): void {
  if (tracked || !HAS_V2) return;
  tracked = true;
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
        if (entry?.isVisible === undefined) return; // no v2 here
        visibilityChanged(entry.isVisible);
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
  } catch {
    // An observer that cannot track visibility changes nothing: the content script's check stands.
    visibleSince = -Infinity;
    tell(true);
  }
}

const steady = () => visibleSince !== undefined && performance.now() - visibleSince >= STEADY_MS;

/**
 * Tells `listener` whether a decision would count now, at once and whenever that changes, so the dialog can hold its
 * buttons until then (as browsers' own permission prompts ignore clicks in their first moments) rather than refuse
 * a click it let through. Returns the way to stop listening.
 */
export function onSteadyChange(listener: (steady: boolean) => void): () => void {
  listeners.add(listener);
  listener(steady());
  return () => listeners.delete(listener);
}

/** False while (or shortly after) the page hid or covered this frame, as far as this browser can tell; waits up to `waitMs` for it. */
export async function visibleForDecision(waitMs = 0): Promise<boolean> {
  const deadline = performance.now() + waitMs;
  while (!steady() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return steady();
}
