import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageHook } from '../lib/content/page-hook';
import { GUARDED_FRAMES } from '../lib/content/guarded-frames';

/** MAIN-world half of the gate: catches pickers opened on detached file inputs. */
export default defineContentScript({
  ...GUARDED_FRAMES,
  world: 'MAIN',
  main() {
    installPageHook();
  },
});
