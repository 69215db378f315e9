import { browser } from 'wxt/browser';
import { createEngineWorker, relayToExtensionPages, serveEngine, type ProgressRelay } from '../engine-host/serve';
import type { EngineWorker } from '../engine-host/worker-client';
import type { Platform } from './types';

let worker: EngineWorker | undefined;

/** Firefox does not pass runtime messages from the background to an extension frame inside a web page: address the frame. */
const relayToDialogFrame: ProgressRelay = (message, replyTo) => {
  if (!replyTo) return relayToExtensionPages(message, replyTo);
  browser.tabs.sendMessage(replyTo.tabId, message, { frameId: replyTo.frameId }).catch(() => undefined);
};

/**
 * Firefox: no offscreen API, but the background (event) page may start workers, so it hosts the
 * engine worker itself and only routes. The worker dies with the page when Firefox suspends it
 * (30 s without events; the dialog sends keepalive while it waits, lib/dialog/keepalive.ts).
 */
export const firefoxPlatform: Platform = {
  name: 'firefox',
  engineHost: {
    call(envelope) {
      worker ??= createEngineWorker();
      return serveEngine(worker, envelope, relayToDialogFrame);
    },
  },
};
