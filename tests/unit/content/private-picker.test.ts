// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPrivatePicker } from '../../../lib/content/private-picker';

const OPTIONS = { accept: 'image/*', multiple: false, capture: '', directory: false };

/** Opens the picker and returns the input it made (never attached to the page). */
function open(onPicked: (files: File[]) => void): HTMLInputElement {
  const made: HTMLInputElement[] = [];
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => {
    const el = create(tag);
    if (tag === 'input') made.push(el as HTMLInputElement);
    return el;
  }) as typeof document.createElement);
  openPrivatePicker(OPTIONS, onPicked);
  vi.mocked(document.createElement).mockRestore();
  return made[0]!;
}

function pick(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, get: () => files });
  input.dispatchEvent(new Event('change'));
}

afterEach(() => vi.useRealTimers());

describe('the private picker answers once per pick', () => {
  const file = new File([new Uint8Array([1, 2, 3])], 'frame.png', { type: 'image/png' });

  it('a cancel that comes after the change (Firefox under WebDriver BiDi) does not end the pick', () => {
    vi.useFakeTimers();
    const onPicked = vi.fn();
    const input = open(onPicked);
    pick(input, [file]);
    input.dispatchEvent(new Event('cancel'));
    vi.advanceTimersByTime(2000);
    expect(onPicked).toHaveBeenCalledOnce();
    expect(onPicked).toHaveBeenCalledWith([file]);
  });

  it('a change within a second of a cancel still counts; a cancel alone ends with nothing after a second', () => {
    vi.useFakeTimers();
    const late = vi.fn();
    const input = open(late);
    input.dispatchEvent(new Event('cancel'));
    vi.advanceTimersByTime(500);
    pick(input, [file]);
    vi.advanceTimersByTime(2000);
    expect(late.mock.calls).toEqual([[[file]]]);

    const none = vi.fn();
    const closed = open(none);
    closed.dispatchEvent(new Event('cancel'));
    vi.advanceTimersByTime(999);
    expect(none).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(none.mock.calls).toEqual([[[]]]);
  });
});
