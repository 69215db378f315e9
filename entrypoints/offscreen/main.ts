import { browser } from 'wxt/browser';
import { createEngineWorker, serveEngine } from '../../lib/engine-host/serve';
import type { EngineEnvelope } from '../../lib/messaging/engine-channel';

// Chrome's engine host: routes to the engine worker and does no work itself, so extension frames
// that share this process's main thread (the dialog) stay responsive. Only the service worker may
// call it: messages from tabs are ignored.
const worker = createEngineWorker();
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const envelope = message as EngineEnvelope;
  if (envelope?.to !== 'engine' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  void serveEngine(worker, envelope).then(sendResponse);
  return true;
});
