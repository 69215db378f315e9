import type { EngineEnvelope } from '../messaging/protocol';
import type { Result } from '../messaging/result';

/** Where the engine worker lives in this browser, behind one call from the background. */
export interface EngineHost {
  /** Sends one request to the engine; failures come back as values, never as throws. */
  call(envelope: EngineEnvelope): Promise<Result<unknown>>;
}

/**
 * What differs between browsers, chosen once at start (platform/index.ts), in the manner of
 * uBlock Origin's platform shims. Only the engine's home differs today; other Chrome/Firefox
 * forks (byte transport, manifest) can move here.
 */
export interface Platform {
  name: 'chromium' | 'firefox';
  engineHost: EngineHost;
}
