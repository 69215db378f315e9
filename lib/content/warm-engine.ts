import { sendFromContent } from '../messaging/send';

/** At most one warm-up request this often from one page; the engine keeps its models for 5 minutes after the last request. */
const WARM_EVERY_MS = 60_000;

/**
 * Asks for the checking engine to be loaded while the user is on a supported site's page (top
 * frame, page visible or focused), so the first check after the browser starts does not wait for
 * the models. Nothing about the page is sent.
 */
export function warmEngineWhileHere(): void {
  if (window !== window.top) return;
  let last = Number.NEGATIVE_INFINITY;
  const warm = () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < WARM_EVERY_MS) return;
    last = Date.now();
    void sendFromContent('page/warm-engine', {});
  };
  warm();
  document.addEventListener('visibilitychange', warm);
  window.addEventListener('focus', warm);
}
