import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A file as handed to the page to build a synthetic drop or paste. */
export interface PageFile {
  name: string;
  type: string;
  base64: string;
}

export function pageFile(path: string, type = path.endsWith('.png') ? 'image/png' : path.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg'): PageFile {
  return { name: basename(path), type, base64: readFileSync(path).toString('base64') };
}

export interface SyntheticInit {
  kind: 'drop' | 'paste';
  selector: string;
  files: PageFile[];
  text?: string;
}

/**
 * Runs in the page world: dispatches an (untrusted) drop or paste carrying `files`, as a test
 * stand-in for the user's gesture. The gate must hold these too. Firefox ignores
 * ClipboardEventInit.clipboardData, so the event's own DataTransfer is filled instead.
 * Returns performance.now() taken just before dispatch.
 */
export function dispatchSynthetic(init: SyntheticInit): number {
  const target = document.querySelector(init.selector)!;
  const files = init.files.map((f) => new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  if (init.text) transfer.setData('text/plain', init.text);
  (target as HTMLElement).focus?.();
  const fx = (window as unknown as { __fixture?: { markAttach(): void } }).__fixture;
  fx?.markAttach();
  const at = performance.now();
  if (init.kind === 'drop') {
    const rect = target.getBoundingClientRect();
    const xy = { clientX: rect.x + 5, clientY: rect.y + 5 };
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer, ...xy }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer, ...xy }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer, ...xy }));
    return at;
  }
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transfer });
  if (event.clipboardData && event.clipboardData !== transfer && event.clipboardData.types.length === 0) {
    for (const file of files) event.clipboardData.items.add(file);
    if (init.text) event.clipboardData.setData('text/plain', init.text);
  }
  target.dispatchEvent(event);
  return at;
}
