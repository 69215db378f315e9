import { createEngineWorker, serveEngine } from '../engine-host/serve';
import type { EngineWorker } from '../engine-host/worker-client';
import type { Platform } from './types';

let worker: EngineWorker | undefined;

/**
 * Firefox: no offscreen API, but the background (event) page may start workers, so it hosts the
 * engine worker itself and only routes. The worker dies with the page when Firefox suspends it.
 */
export const firefoxPlatform: Platform = {
  name: 'firefox',
  engineHost: {
    call(envelope) {
      worker ??= createEngineWorker();
      return serveEngine(worker, envelope);
    },
  },
};
