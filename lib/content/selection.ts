/** Where the caret was when a paste was held, so the re-dispatched paste lands in the same place. */
export type SavedSelection =
  | { kind: 'field'; el: HTMLTextAreaElement | HTMLInputElement; start: number; end: number }
  | { kind: 'range'; el: HTMLElement | null; ranges: Range[] }
  | { kind: 'none' };

export function saveSelection(target: EventTarget | undefined): SavedSelection {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    return { kind: 'field', el: target, start: target.selectionStart ?? 0, end: target.selectionEnd ?? 0 };
  }
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return { kind: 'none' };
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i).cloneRange());
  const editor = target instanceof Element ? target.closest<HTMLElement>('[contenteditable]') : null;
  return { kind: 'range', el: editor, ranges };
}

export function restoreSelection(saved: SavedSelection): void {
  if (saved.kind === 'field') {
    saved.el.focus();
    saved.el.setSelectionRange(saved.start, saved.end);
  } else if (saved.kind === 'range') {
    saved.el?.focus();
    const selection = document.getSelection();
    selection?.removeAllRanges();
    for (const range of saved.ranges) selection?.addRange(range);
  }
}
