/** How long the dialog must have been fully visible before a decision taken in it counts. */
export const STEADY_MS = 500;
const CHECK_MS = 200;
/** After this long hidden, the hold ends (nothing attached) rather than leave the page blocked with nothing to see. */
export const HIDDEN_LIMIT_MS = 5000;
/**
 * …and seen hidden this many checks in a row: on a starved main thread the checks come seconds apart, and two
 * checks around one moment of layout must not end a hold.
 */
const HIDDEN_LIMIT_CHECKS = 10;
/** A page that restyles the host back each time it is put right would keep both sides busy for ever: the hold ends instead. */
const MAX_RESTYLES = 50;

export interface HostWatch {
  visibleForDecision(): boolean;
  stop(): void;
}

/** The page's own top-layer elements (modal dialogs, open popovers, fullscreen) in its light DOM. */
function pageTopLayer(): Element[] {
  try {
    const found = [...document.querySelectorAll(':popover-open, :modal')];
    if (document.fullscreenElement) found.push(document.fullscreenElement);
    return found;
  } catch {
    return [];
  }
}

const POINTS = [
  [0.5, 0.5],
  [0.15, 0.15],
  [0.85, 0.15],
  [0.15, 0.85],
  [0.85, 0.85],
] as const;

/** Whether `el` is what the user sees at each sample point of `rect` (nothing painted over it). */
function onTopAcross(doc: Document, el: Element, rect: DOMRect): boolean {
  return POINTS.every(([fx, fy]) => doc.elementsFromPoint(rect.left + rect.width * fx, rect.top + rect.height * fy)[0] === el);
}

function shownAsIs(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.opacity === '1' && style.visibility === 'visible' && style.display !== 'none' && style.filter === 'none';
}

/**
 * Every same-origin frame element this frame sits in must be shown as it is: fully opaque through
 * its ancestors, unfiltered, untransformed, of a usable size, with nothing over it. A cross-origin
 * parent cannot be inspected from here (Chromium's dialog checks that itself: lib/dialog/visibility.ts).
 */
function framesShown(): boolean {
  let win: Window = window;
  while (win !== win.parent) {
    let frame: Element | null;
    try {
      frame = win.frameElement;
    } catch {
      return true;
    }
    if (!frame) return true;
    const doc = frame.ownerDocument;
    for (let el: Element | null = frame; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.opacity !== '1' || style.filter !== 'none' || style.display === 'none' || (el !== frame && style.transform !== 'none')) return false;
    }
    if (getComputedStyle(frame).visibility !== 'visible') return false;
    const rect = frame.getBoundingClientRect();
    if (rect.width < 200 || rect.height < 150 || !onTopAcross(doc, frame, rect)) return false;
    win = win.parent;
  }
  return true;
}

function isShown(host: HTMLElement, dialog: HTMLDialogElement): boolean {
  if (!host.isConnected || !dialog.open) return false;
  if (!dialog.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  if (!shownAsIs(dialog)) return false;
  const rect = dialog.getBoundingClientRect();
  if (rect.width < window.innerWidth * 0.95 || rect.height < window.innerHeight * 0.95) return false;
  return onTopAcross(document, host, rect) && framesShown();
}

/**
 * Keeps the dialog host in the top layer and on show, and tells whether the user can see it. The
 * page may restyle the host, hide an ancestor, open its own modal or popover over it, or shrink
 * the frame it sits in: styles are put back, the dialog is raised above anything newer, and a
 * decision is refused unless the dialog has been fully visible for STEADY_MS (a decoy shown over
 * it until the last moment cannot borrow the click). Hidden for HIDDEN_LIMIT_MS, the hold ends.
 */
export function watchHost(host: HTMLElement, dialog: HTMLDialogElement, hostStyle: string, onHiddenTooLong: () => void): HostWatch {
  const stopper = new AbortController();
  let visibleSince: number | undefined;
  let hiddenSince: number | undefined;
  let hiddenChecks = 0;
  let below = new Set<Element>();
  let stopped = false;
  let restyles = 0;
  const giveUp = () => {
    stopped = true;
    onHiddenTooLong();
  };

  const raise = () => {
    try {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (dialog.open) dialog.close();
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
    below = new Set(pageTopLayer());
  };
  const check = () => {
    if (stopped) return;
    if (host.getAttribute('style') !== hostStyle) {
      if (++restyles > MAX_RESTYLES) return giveUp();
      host.setAttribute('style', hostStyle);
    }
    if (!host.isConnected) return;
    if (!dialog.open || !dialog.matches(':modal') || pageTopLayer().some((el) => !below.has(el))) {
      raise();
      visibleSince = undefined;
    }
    const now = performance.now();
    if (isShown(host, dialog)) {
      visibleSince ??= now;
      hiddenSince = undefined;
      hiddenChecks = 0;
      return;
    }
    visibleSince = undefined;
    hiddenSince ??= now;
    if (++hiddenChecks >= HIDDEN_LIMIT_CHECKS && now - hiddenSince > HIDDEN_LIMIT_MS) giveUp();
  };

  raise();
  const timer = setInterval(check, CHECK_MS);
  const restyled = new MutationObserver(check);
  restyled.observe(host, { attributes: true });
  const signal = stopper.signal;
  // Escape asks a modal dialog to close; the page must not get rid of it that way either.
  dialog.addEventListener('cancel', (event) => event.preventDefault(), { signal });
  dialog.addEventListener('close', () => void (!stopped && host.isConnected && check()), { signal });
  for (const type of ['toggle', 'fullscreenchange']) window.addEventListener(type, check, { capture: true, signal });
  check();

  return {
    visibleForDecision() {
      check();
      return visibleSince !== undefined && performance.now() - visibleSince >= STEADY_MS;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      restyled.disconnect();
      stopper.abort();
    },
  };
}
