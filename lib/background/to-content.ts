import { browser } from 'wxt/browser';
import type { Envelope, ResponseOf } from '../messaging/protocol';
import { fail, failWith } from '../messaging/result';

/** Messages the background sends to the content script that holds a session. */
type ContentType = 'hold/decided' | 'hold/files' | 'hold/ping' | 'hold/visible' | 'gate/ping';

/**
 * Sends to the content script in one frame of one tab. A frame that has gone (navigation, reload,
 * closed tab) answers nothing: that comes back as a failed Result, never a throw.
 */
export async function sendToFrame<T extends ContentType>(
  target: { tabId: number; frameId: number },
  type: T,
  req: Envelope<T>['req'],
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { to: 'content', type, req };
  try {
    const response = (await browser.tabs.sendMessage(target.tabId, envelope, { frameId: target.frameId })) as ResponseOf<T> | undefined;
    return response ?? fail('not-found', 'The page that held the image has gone');
  } catch (error) {
    return failWith('not-found', error);
  }
}
