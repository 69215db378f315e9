import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, recordEdit, redo, undo } from '../../../lib/dialog/box-history';
import { britishDate, britishDatesIn } from '../../../lib/dialog/dates';
import type { ReviewBox } from '../../../lib/dialog/review-boxes';

describe('British dates', () => {
  it('turns ISO, DICOM and provably month-first dates round to day/month/year', () => {
    expect(britishDate('2024-03-12')).toBe('12/03/2024');
    expect(britishDate('2024:03:12 09:41:07')).toBe('12/03/2024 09:41');
    expect(britishDate('19440728')).toBe('28/07/1944');
    expect(britishDate('07/28/1944')).toBe('28/07/1944');
  });

  it('leaves a date whose order cannot be told, and anything not a date, as read', () => {
    expect(britishDate('03/04/1961')).toBe('03/04/1961');
    expect(britishDate('28/07/1944')).toBe('28/07/1944');
    expect(britishDate('2024-13-40')).toBe('2024-13-40');
    expect(britishDate('ZOOM')).toBe('ZOOM');
  });

  it('rewrites dates inside a longer text', () => {
    expect(britishDatesIn('Birth: 07/28/1944 seen 2024-03-12')).toBe('Birth: 28/07/1944 seen 12/03/2024');
  });
});

describe('undo and redo of the areas to cover', () => {
  const box = (id: string): ReviewBox => ({ id, kind: 'user', box: [0, 0, 10, 10], label: id, why: '' }) as ReviewBox;

  it('undoes and redoes in order, and a new edit forgets what was undone', () => {
    const a = [box('a')];
    const ab = [box('a'), box('b')];
    let history = recordEdit(EMPTY_HISTORY, a);
    const back = undo(history, ab)!;
    expect(back.boxes).toEqual(a);
    const forward = redo(back.history, back.boxes)!;
    expect(forward.boxes).toEqual(ab);
    history = recordEdit(back.history, a);
    expect(redo(history, [])).toBeUndefined();
    expect(undo(EMPTY_HISTORY, a)).toBeUndefined();
  });

  it('keeps a bounded history', () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < 500; i++) history = recordEdit(history, [box(String(i))]);
    expect(history.past).toHaveLength(200);
    expect(history.past.at(-1)![0]!.id).toBe('499');
  });
});
