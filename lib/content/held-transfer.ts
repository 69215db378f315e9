import { holdAttachment } from './attachment';
import { dataUriOf, guardedStrings, inlineImagesOf, type InlineImage } from './html-images';
import { copyStrings } from './redispatch';
import type { AttachChannel } from '../messaging/content-channel';

/** What a drop or paste carried, copied while the event lasts (a DataTransfer is unreadable after it). */
export interface HeldTransfer {
  files: File[];
  inline: InlineImage[];
  strings: Map<string, string>;
}

/** What the page gets once the user has decided. `carriesPictures` is false after Cancel. */
export interface TransferOutcome {
  files: File[];
  strings: Map<string, string>;
  cancelled: boolean;
}

/** The transfer's files and inline images, or undefined when it carries neither (plain text passes untouched). */
export function heldTransferOf(transfer: DataTransfer): HeldTransfer | undefined {
  const files = [...transfer.files];
  const strings = copyStrings(transfer);
  const inline = inlineImagesOf(strings);
  return files.length > 0 || inline.length > 0 ? { files, inline, strings } : undefined;
}

/** Holds the transfer's files and inline images together; the strings follow the decision. */
export async function holdTransfer(held: HeldTransfer, channel: AttachChannel): Promise<TransferOutcome> {
  const all = [...held.files, ...held.inline.map((i) => i.file)];
  const approved = await holdAttachment(all, channel);
  if (!approved) {
    const gone = new Map(held.inline.map((i) => [i.uri, null]));
    return { files: [], strings: guardedStrings(held.strings, gone, true), cancelled: true };
  }
  const files = approved.slice(0, held.files.length);
  if (approved.every((f, i) => f === all[i])) return { files, strings: held.strings, cancelled: false };
  const replacements = new Map<string, string | null>();
  for (const [i, image] of held.inline.entries()) {
    const copy = approved[held.files.length + i]!;
    replacements.set(image.uri, copy === image.file ? image.uri : await dataUriOf(copy));
  }
  return { files, strings: guardedStrings(held.strings, replacements, true), cancelled: false };
}
