import { useRef, useState } from 'preact/hooks';
import type { Box } from '../../lib/engine/report';
import type { BoxEdits, ImageView } from '../../components/dialog/types';
import { EMPTY_HISTORY, recordEdit, redo, undo, type BoxHistory } from '../../lib/dialog/box-history';
import { clampBox, userBox, type ReviewBox } from '../../lib/dialog/review-boxes';

/**
 * Undo and redo over each image's areas to cover. Every change goes through `setBoxes`; a drag that moves a
 * box many times is one step (updates of the same box merge until `settle`).
 */
export function useBoxEdits(images: ImageView[], setBoxes: (index: number, boxes: ReviewBox[]) => void): BoxEdits {
  const [histories, setHistories] = useState<Record<number, BoxHistory>>({});
  const serial = useRef(0);
  const lastUpdate = useRef<string>();
  const historyOf = (index: number) => histories[index] ?? EMPTY_HISTORY;

  const change = (index: number, next: ReviewBox[], merge = false) => {
    const current = images[index]?.boxes ?? [];
    if (!merge) setHistories((all) => ({ ...all, [index]: recordEdit(all[index] ?? EMPTY_HISTORY, current) }));
    setBoxes(index, next);
  };

  return {
    add(index, box, size) {
      lastUpdate.current = undefined;
      const made = userBox(box, size.width, size.height, ++serial.current);
      change(index, [...(images[index]?.boxes ?? []), made]);
      return made.id;
    },
    update(index, id, box, size) {
      const key = `${index}:${id}`;
      const merge = lastUpdate.current === key;
      lastUpdate.current = key;
      change(index, (images[index]?.boxes ?? []).map((b) => (b.id === id ? { ...b, box: clampBox(box, size.width, size.height, 'shift'), quad: undefined } : b)), merge);
    },
    remove(index, ids) {
      lastUpdate.current = undefined;
      change(index, (images[index]?.boxes ?? []).filter((b) => !ids.includes(b.id)));
    },
    restore(index, box) {
      lastUpdate.current = undefined;
      change(index, [...(images[index]?.boxes ?? []), box]);
    },
    undo(index) {
      lastUpdate.current = undefined;
      const step = undo(historyOf(index), images[index]?.boxes ?? []);
      if (!step) return;
      setHistories((all) => ({ ...all, [index]: step.history }));
      setBoxes(index, step.boxes);
    },
    redo(index) {
      lastUpdate.current = undefined;
      const step = redo(historyOf(index), images[index]?.boxes ?? []);
      if (!step) return;
      setHistories((all) => ({ ...all, [index]: step.history }));
      setBoxes(index, step.boxes);
    },
    canUndo: (index) => historyOf(index).past.length > 0,
    canRedo: (index) => historyOf(index).future.length > 0,
    settle() {
      lastUpdate.current = undefined;
    },
  };
}
