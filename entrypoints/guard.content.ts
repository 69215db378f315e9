import { defineContentScript } from 'wxt/utils/define-content-script';
import { installGate } from '../lib/content/gate';
import { warmEngineWhileHere } from '../lib/content/warm-engine';
import { STATIC_SITE_MATCHES } from '../lib/sites/registry';

export default defineContentScript({
  matches: [...STATIC_SITE_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // data:, blob: and sandboxed frames have no origin a pattern can match: they are matched by their creator's.
  matchOriginAsFallback: true,
  main(ctx) {
    installGate({ onInvalidated: (callback) => void ctx.onInvalidated(callback), isValid: () => ctx.isValid });
    warmEngineWhileHere();
  },
});
