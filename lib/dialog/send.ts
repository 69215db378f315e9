import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf } from '../messaging/protocol';
import { fail } from '../messaging/result';

/** The dialog's typed channel to the background. */
export async function ask<T extends MessageType>(type: T, req: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { to: 'background', type, req };
  try {
    return ((await browser.runtime.sendMessage(envelope)) as ResponseOf<T> | undefined) ?? fail('internal', 'No answer');
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
