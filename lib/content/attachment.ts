import { readComposerText } from './composer-text';
import { isCheckable } from './file-kinds';
import { holdFiles } from './hold';
import { isPending, whilePending } from './pending';
import type { AttachChannel } from '../messaging/content-channel';

/**
 * Holds one attachment (the set of files from one pick, drop or paste). Every file-carrying event
 * is stopped first, because only the bytes tell an image from another file; images and videos then
 * go to the dialog and other files ride along untouched. Resolves with the files to hand the page,
 * in their original order, or null when the page must get nothing (cancel, a failed check, or
 * another attachment already waiting for the user in this frame: a page cannot stack dialogs).
 */
export async function holdAttachment(files: readonly File[], channel: AttachChannel): Promise<File[] | null> {
  if (isPending()) return null;
  return whilePending(async () => {
    const kinds = await Promise.all(files.map(isCheckable));
    const checked = files.filter((_, i) => kinds[i]);
    if (checked.length === 0) return [...files];
    const outcome = await holdFiles(checked, channel, readComposerText());
    // A redacted set that does not match what was held is never guessed at: nothing passes.
    if (!outcome || outcome.files.length !== checked.length) return null;
    let next = 0;
    return files.map((f, i) => (kinds[i] ? outcome.files[next++]! : f));
  });
}

/** Whether an event carries files at all; which of them are pictures is known only from their bytes. */
export const needsHold = (files: readonly File[]): boolean => files.length > 0;
