import type { ReviewBox } from './review-boxes';

/** One image's edits: what came before the current areas and what an undo set aside. */
export interface BoxHistory {
  past: ReviewBox[][];
  future: ReviewBox[][];
}

export const EMPTY_HISTORY: BoxHistory = { past: [], future: [] };

/** Bounded, so a long session of nudging a box with the arrow keys cannot grow without end. */
const LIMIT = 200;

/** Records `current` before an edit replaces it; a new edit forgets what was undone. */
export function recordEdit(history: BoxHistory, current: ReviewBox[]): BoxHistory {
  return { past: [...history.past, current].slice(-LIMIT), future: [] };
}

/** The areas before the last edit, or undefined when there is nothing to undo. */
export function undo(history: BoxHistory, current: ReviewBox[]): { history: BoxHistory; boxes: ReviewBox[] } | undefined {
  const previous = history.past.at(-1);
  if (!previous) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, boxes: previous };
}

/** The areas an undo set aside, or undefined when there is nothing to redo. */
export function redo(history: BoxHistory, current: ReviewBox[]): { history: BoxHistory; boxes: ReviewBox[] } | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return { history: { past: [...history.past, current], future: history.future.slice(1) }, boxes: next };
}
