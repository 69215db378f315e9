import type { EngineEnvelope } from '../messaging/engine-channel';
import type { Result } from '../messaging/result';

/** Where the engine worker lives in this browser, behind one call from the background. */
export interface EngineHost {
  /** Sends one request to the engine; failures come back as values, never as throws. */
  call(envelope: EngineEnvelope): Promise<Result<unknown>>;
}

/**
 * What differs between browsers, chosen once at start (platform/index.ts), in the manner of
 * uBlock Origin's platform shims: where the engine lives and who guards open tabs after an update.
 * The manifest's differences are in manifest.ts (build time).
 */
export interface Platform {
  name: 'chromium' | 'firefox';
  engineHost: EngineHost;
  /**
   * Whether the browser itself gives open tabs the new content scripts after an install or update
   * (Firefox does; Chrome leaves the old ones, so lib/background/reinject.ts injects them).
   */
  injectsScriptsIntoOpenTabs: boolean;
}
