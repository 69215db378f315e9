import { defineContentScript } from 'wxt/utils/define-content-script';
import { installGate } from '../lib/content/gate';
import { warmEngineWhileHere } from '../lib/content/warm-engine';
import { GUARDED_FRAMES } from '../lib/content/guarded-frames';

export default defineContentScript({
  ...GUARDED_FRAMES,
  main(ctx) {
    installGate({ onInvalidated: (callback) => void ctx.onInvalidated(callback), isValid: () => ctx.isValid });
    warmEngineWhileHere();
  },
});
