import { browser } from 'wxt/browser';
import type { EngineEnvelope, EngineMap, EngineType } from '../messaging/protocol';
import { fail, type Result } from '../messaging/result';

type EngineResponse<T extends EngineType> = Result<EngineMap[T]['res']>;

/**
 * Sends one request to the engine host: the offscreen document on Chrome, the background page
 * itself on Firefox (which has no offscreen API but may run workers and wasm in its event page).
 */
export async function callEngine<T extends EngineType>(type: T, req: EngineMap[T]['req']): Promise<EngineResponse<T>> {
  try {
    if (import.meta.env.FIREFOX) {
      const { handleEngineRequest } = await import('../engine-host/host');
      return (await handleEngineRequest({ to: 'engine', type, req } as EngineEnvelope)) as EngineResponse<T>;
    }
    await ensureOffscreen();
    const envelope: EngineEnvelope<T> = { to: 'engine', type, req };
    const response = (await browser.runtime.sendMessage(envelope)) as EngineResponse<T> | undefined;
    return response ?? fail('engine-failed', 'The checking engine did not answer');
  } catch (error) {
    return fail('engine-failed', error instanceof Error ? error.message : String(error));
  }
}

let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen: ChromeOffscreen }).offscreen;
  const runtime = browser.runtime as unknown as { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };
  const existing = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: 'offscreen.html',
      reasons: ['WORKERS', 'BLOBS'],
      justification: 'Checks images for faces and patient identifiers on the device',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
