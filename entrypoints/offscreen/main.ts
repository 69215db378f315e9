import { browser } from 'wxt/browser';
import { handleEngineRequest } from '../../lib/engine-host/host';
import type { EngineEnvelope } from '../../lib/messaging/protocol';

// Chrome's engine host. Only the service worker may call it: messages from tabs are ignored.
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const envelope = message as EngineEnvelope;
  if (envelope?.to !== 'engine' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  void handleEngineRequest(envelope).then(sendResponse);
  return true;
});
