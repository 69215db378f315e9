import { readComposerText } from './composer-text';
import { isCheckable } from './file-kinds';
import { holdFiles } from './hold';
import { whilePending } from './pending';
import type { AttachChannel } from '../messaging/protocol';

/**
 * Holds one attachment (the set of files from one pick, drop or paste). Only images and videos go
 * to the dialog; other files ride along untouched. Resolves with the files to hand the page, in
 * their original order, or null when the page must get nothing (cancel, or a failed check).
 */
export async function holdAttachment(files: readonly File[], channel: AttachChannel): Promise<File[] | null> {
  const checked = files.filter(isCheckable);
  if (checked.length === 0) return [...files];
  const outcome = await whilePending(() => holdFiles(checked, channel, readComposerText()));
  // A redacted set that does not match what was held is never guessed at: nothing passes.
  if (!outcome || outcome.files.length !== checked.length) return null;
  let next = 0;
  return files.map((f) => (isCheckable(f) ? outcome.files[next++]! : f));
}

/** Whether a set of files needs the dialog at all (text-only and non-image sets pass untouched). */
export const needsHold = (files: readonly File[]): boolean => files.some(isCheckable);
