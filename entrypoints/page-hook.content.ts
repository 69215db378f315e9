import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageHook } from '../lib/content/page-hook';
import { STATIC_SITE_MATCHES } from '../lib/sites/registry';

/** MAIN-world half of the gate: catches pickers opened on detached file inputs. */
export default defineContentScript({
  matches: [...STATIC_SITE_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // data:, blob: and sandboxed frames have no origin a pattern can match: they are matched by their creator's.
  matchOriginAsFallback: true,
  world: 'MAIN',
  main() {
    installPageHook();
  },
});
