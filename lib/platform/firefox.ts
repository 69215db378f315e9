import { browser } from 'wxt/browser';
import { createEngineWorker, relayToExtensionPages, serveEngine, type ProgressRelay } from '../engine-host/serve';
import type { EngineWorker } from '../engine-host/worker-client';
import { nudgeAwake } from './nudge';
import type { Platform } from './types';

/**
 * Firefox suspends an event page 30 s after its last event or parent-process API call, answers
 * still owed or not (nudge.ts). While engine work is in flight the page nudges itself this often
 * (well inside the timeout, which a trust or a test may shorten with `extensions.background.idle.timeout`).
 */
const STAY_AWAKE_EVERY_MS = 2_000;

let worker: EngineWorker | undefined;
let inFlight = 0;
let awake: ReturnType<typeof setInterval> | undefined;

/** Firefox does not pass runtime messages from the background to an extension frame inside a web page: address the frame. */
const relayToDialogFrame: ProgressRelay = (message, replyTo) => {
  if (!replyTo) return relayToExtensionPages(message, replyTo);
  browser.tabs.sendMessage(replyTo.tabId, message, { frameId: replyTo.frameId }).catch(() => undefined);
};

async function stayingAwake<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) awake = setInterval(() => void nudgeAwake(), STAY_AWAKE_EVERY_MS);
  try {
    return await work();
  } finally {
    if (--inFlight === 0) clearInterval(awake);
  }
}

/**
 * Firefox: no offscreen API, but the background (event) page may start workers, so it hosts the
 * engine worker itself and only routes. The worker dies with the page when Firefox suspends it,
 * which it does only once no engine work is in flight.
 */
export const firefoxPlatform: Platform = {
  name: 'firefox',
  injectsScriptsIntoOpenTabs: true,
  engineHost: {
    call(envelope) {
      worker ??= createEngineWorker();
      const host = worker;
      return stayingAwake(() => serveEngine(host, envelope, relayToDialogFrame));
    },
  },
};
