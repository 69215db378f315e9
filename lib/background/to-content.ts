import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '../messaging/content-channel';
import type { AnswerOf, Envelope, RequestOf } from '../messaging/envelope';
import { fail, failWith } from '../messaging/result';

/**
 * Sends to the content script in one frame of one tab. A frame that has gone (navigation, reload,
 * closed tab) answers nothing: that comes back as a failed Result, never a throw.
 */
export async function sendToFrame<T extends keyof BackgroundToContent>(
  target: { tabId: number; frameId: number },
  type: T,
  req: RequestOf<BackgroundToContent, T>,
): Promise<AnswerOf<BackgroundToContent, T>> {
  const envelope: Envelope<BackgroundToContent, T> = { to: 'content', type, req };
  try {
    const response = (await browser.tabs.sendMessage(target.tabId, envelope, { frameId: target.frameId })) as AnswerOf<BackgroundToContent, T> | undefined;
    return response ?? fail('not-found', 'The page that held the image has gone');
  } catch (error) {
    return failWith('not-found', error);
  }
}
