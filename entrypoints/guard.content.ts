import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardFileInputs } from '../lib/content/gate-input';
import { listenForDecisions } from '../lib/content/hold';
import { STATIC_SITE_MATCHES } from '../lib/sites/registry';

export default defineContentScript({
  matches: [...STATIC_SITE_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    listenForDecisions();
    guardFileInputs();
  },
});
