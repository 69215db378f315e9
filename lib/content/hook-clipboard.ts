import { replace } from './hook-replace';

type Hold = (files: File[]) => Promise<File[] | null>;

const isImageType = (type: string) => /^(web )?image\//i.test(type);

/**
 * `navigator.clipboard.read()` hands the page clipboard images without a paste event, so the
 * window's paste listener never sees them. The hook reads the clipboard as the page asked, holds
 * every image through the gate (the dialog) and gives the page items carrying only what the user
 * approved: the original, the redacted copy, or no image at all after Cancel. Other types pass.
 */
export function guardClipboardRead(hold: Hold): void {
  const proto = (globalThis as { Clipboard?: { prototype: Clipboard } }).Clipboard?.prototype;
  const nativeRead = proto?.read;
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!proto || typeof nativeRead !== 'function' || !Item) return;
  replace(proto, 'read', async function (this: Clipboard, ...args: unknown[]) {
    const items = (await Reflect.apply(nativeRead, this, args)) as ClipboardItem[];
    const images: File[] = [];
    for (const item of items) {
      for (const type of item.types) {
        if (isImageType(type)) images.push(new File([await item.getType(type)], `pasted-image-${images.length + 1}`, { type: type.replace(/^web /i, '') }));
      }
    }
    if (images.length === 0) return items;
    const approved = (await hold(images)) ?? [];
    let next = 0;
    const guarded: ClipboardItem[] = [];
    for (const item of items) {
      const record: Record<string, Blob> = {};
      for (const type of item.types) {
        if (!isImageType(type)) record[type] = await item.getType(type);
        else if (approved[next]) {
          const file = approved[next]!;
          record[file.type || type] = file;
        }
        if (isImageType(type)) next++;
      }
      if (Object.keys(record).length > 0) guarded.push(new Item(record));
    }
    return guarded;
  });
}
