// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import type { ImageView } from '../../../components/dialog/types';
import { focusables } from '../../../components/dialog/useFocusTrap';
import { checked, endoscopyReport, props } from './fixtures';
import { StatefulDialog } from './harness';
import { button, buttonNames, click, key, mount, cleanup } from './render';

afterEach(cleanup);

/** The dialog with real box editing; `latest()` is the images as the container last saw them. */
function editable() {
  let images: ImageView[] = [checked(endoscopyReport(), 'blob:endoscopy')];
  const onKeep = vi.fn();
  const root = mount(<StatefulDialog {...props({ images, onKeep })} onBoxes={(next) => (images = next)} />);
  click(button(root, 'Review at full size: endoscopy.png'));
  const stage = root.querySelector<HTMLElement>('[data-testid="review-stage"]')!;
  return { root, stage, onKeep, latest: () => images[0]!.boxes };
}

function press(target: Element, name: string, options: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...options });
  act(() => void target.dispatchEvent(event));
  act(() => void target.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true })));
  return event;
}

/** Pointer events on the stage, which is drawn at half size (640×512 for a 1280×1024 image) at (100, 50). */
function pointer(stage: HTMLElement, type: string, x: number, y: number, target: Element = stage) {
  stage.getBoundingClientRect = () => ({ left: 100, top: 50, width: 640, height: 512, right: 740, bottom: 562, x: 100, y: 50, toJSON: () => ({}) });
  act(() => void target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true, cancelable: true })));
}

describe('ConsentDialog keyboard', () => {
  it('takes focus when it opens', () => {
    const root = mount(<ConsentDialog {...props()} />);
    expect(document.activeElement).toBe(root.querySelector('[role="dialog"]'));
  });

  it('Escape cancels', () => {
    const onCancel = vi.fn();
    mount(<ConsentDialog {...props({ onCancel })} />);
    const event = key(document.activeElement!, 'Escape');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('Tab wraps from the last control to the first and Shift+Tab back', () => {
    const root = mount(<ConsentDialog {...props()} />);
    const items = focusables(root.querySelector('[role="dialog"]')!);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    expect(last.textContent).toBe('Redact and continue');
    last.focus();
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(key(first, 'Tab', true).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
    // Between the ends the browser moves focus itself.
    items[1]!.focus();
    expect(key(items[1]!, 'Tab').defaultPrevented).toBe(false);
  });

  it('"Post original…" shows the paths in place and focuses the first choice; "Back to findings" returns', () => {
    const root = mount(<ConsentDialog {...props()} />);
    click(button(root, 'Post original…'));
    expect(root.querySelector('.cg-found')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('.cg-checklist input'));
    click(button(root, 'Back to findings'));
    expect(root.querySelector('.cg-found')).not.toBeNull();
  });
});

describe('the full-size reviewer', () => {
  it('opens from the thumbnail, lists each area with what was read and why, with a legend', () => {
    const { root } = editable();
    const reviewer = root.querySelector('.cg-reviewer')!;
    expect(reviewer.getAttribute('role')).toBe('dialog');
    expect([...reviewer.querySelectorAll('.cg-legend li')].map((li) => li.textContent)).toEqual(['Patient details', 'Face', 'Other text', 'Added by you', 'Left in place']);
    const dob = [...reviewer.querySelectorAll('.cg-rv-item')].find((li) => li.textContent!.includes('Date of birth 15/02/1950'))!;
    expect(dob.textContent).toContain('Read: ‘D.O.B: 15/02/1950’');
    expect(dob.textContent).toContain('Why: a date next to a birth label');
    // The rest of the dialog cannot be reached while the reviewer is open.
    expect(root.querySelector('.cg-panel-inner')!.hasAttribute('inert')).toBe(true);
  });

  it('adds an area by keyboard, moves it with the arrows, resizes it with Shift+arrows, removes it with Delete; undo and redo', () => {
    const { root, stage, latest } = editable();
    const found = latest().length;
    click(button(root, 'Add area'));
    expect(latest()).toHaveLength(found + 1);
    const added = () => latest().find((b) => b.kind === 'user')!;
    const before = added().box;
    expect(document.activeElement).toBe(stage);
    press(stage, 'ArrowRight');
    press(stage, 'ArrowDown');
    const moved = added().box;
    expect(moved[0]).toBeGreaterThan(before[0]);
    expect(moved[1]).toBeGreaterThan(before[1]);
    expect([moved[2], moved[3]]).toEqual([before[2], before[3]]);
    press(stage, 'ArrowRight', { shiftKey: true });
    expect(added().box[2]).toBeGreaterThan(before[2]);
    expect(added().box[0]).toBe(moved[0]);
    press(stage, 'Delete');
    expect(latest()).toHaveLength(found);
    press(stage, 'z', { ctrlKey: true });
    expect(latest()).toHaveLength(found + 1);
    press(stage, 'z', { ctrlKey: true });
    expect(added().box).toEqual(moved);
    press(stage, 'y', { ctrlKey: true });
    expect(added().box[2]).toBeGreaterThan(before[2]);
  });

  it('draws an area by dragging on the image, in image pixels, and moves an area by dragging it', () => {
    const { stage, latest } = editable();
    pointer(stage, 'pointerdown', 400, 300);
    pointer(stage, 'pointermove', 450, 330);
    pointer(stage, 'pointerup', 500, 350);
    const drawn = latest().find((b) => b.kind === 'user')!;
    expect(drawn.box).toEqual([600, 500, 200, 100]);
    const shape = stage.querySelector(`[data-box="${drawn.id}"] rect`)!;
    pointer(stage, 'pointerdown', 410, 310, shape);
    pointer(stage, 'pointermove', 420, 320, shape);
    pointer(stage, 'pointerup', 420, 320, shape);
    expect(latest().find((b) => b.id === drawn.id)!.box).toEqual([620, 520, 200, 100]);
  });

  it('removes an area from its list entry, and Escape closes only the reviewer', () => {
    const onCancel = vi.fn();
    let images: ImageView[] = [checked(endoscopyReport(), 'blob:e')];
    const root = mount(<StatefulDialog {...props({ images, onCancel })} onBoxes={(next) => (images = next)} />);
    click(button(root, 'Review at full size: endoscopy.png'));
    click(button(root, 'Remove Date of birth 15/02/1950'));
    expect(images[0]!.boxes.map((b) => b.id)).not.toContain('id-1');
    press(root.querySelector('.cg-reviewer button')!, 'Escape');
    expect(root.querySelector('.cg-reviewer')).toBeNull();
    expect(onCancel).not.toHaveBeenCalled();
    // The finding is still listed, and says its area is no longer covered.
    expect(root.textContent).toContain('Date of birth 15/02/1950 (you removed its area)');
  });

  it('Escape with focus slipped out of the reviewer (to the body) still closes only the reviewer', () => {
    const onCancel = vi.fn();
    const root = mount(<StatefulDialog {...props({ images: [checked(endoscopyReport(), 'blob:e')], onCancel })} />);
    click(button(root, 'Review at full size: endoscopy.png'));
    (document.activeElement as HTMLElement | null)?.blur();
    press(document.body, 'Escape');
    expect(root.querySelector('.cg-reviewer')).toBeNull();
    expect(onCancel).not.toHaveBeenCalled();
    press(document.body, 'Escape');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows the redacted copy on the before/after toggle', () => {
    const image = { ...checked(endoscopyReport(), 'blob:e'), preview: { status: 'ready' as const, url: 'blob:redacted' } };
    const root = mount(<StatefulDialog {...props({ images: [image] })} />);
    click(button(root, 'Review at full size: endoscopy.png'));
    click(button(root, 'Redacted copy'));
    expect(root.querySelector('.cg-rv-stage img')!.getAttribute('src')).toBe('blob:redacted');
    expect(root.querySelector('.cg-rv-stage svg')).toBeNull();
  });
});

describe('labels that may stay', () => {
  it('keeps other text on this image from the list, and covers it again', () => {
    let images: ImageView[] = [checked(endoscopyReport(), 'blob:e')];
    const onKeep = vi.fn();
    const root = mount(<StatefulDialog {...props({ images, onKeep })} onBoxes={(next) => (images = next)} />);
    click(button(root, 'Keep ‘Eh:A7 Cm:1’ on this image'));
    expect(onKeep).toHaveBeenCalledWith(0, 3, false);
    expect(images[0]!.boxes.map((b) => b.id)).not.toContain('text-3');
    expect(root.textContent).toContain('Kept on this image');
    expect(buttonNames(root)).toContain('Always keep ‘Eh:A7 Cm:1’ on your images');
    click(button(root, 'Cover ‘Eh:A7 Cm:1’ again'));
    expect(images[0]!.boxes.map((b) => b.id)).toContain('text-3');
  });

  it('never offers to keep an identifier, and hides "Always keep" when policy fixes the list', () => {
    const root = mount(<ConsentDialog {...props({ images: [{ ...checked(endoscopyReport()), boxes: [] }] })} />);
    expect(buttonNames(root).filter((n) => n.startsWith('Keep') || n.startsWith('Always keep'))).toEqual(['Always keep ‘Eh:A7 Cm:1’ on your images']);
    const locked = mount(<ConsentDialog {...props({ images: [{ ...checked(endoscopyReport()), boxes: [] }], policy: { ...props().policy, canKeepAlways: false } })} />);
    expect(buttonNames(locked).filter((n) => n.startsWith('Always keep'))).toEqual([]);
  });

  it('leaves kept labels uncovered and lists them as left in place; an image with only kept labels is clear', () => {
    const report = { ...endoscopyReport(), verdict: 'review' as const, identifiers: [], text: [{ box: [30, 949, 56, 21] as [number, number, number, number], text: 'ZOOM' }] };
    const policy = { ...props().policy, keptLabels: ['zoom'] };
    const root = mount(<ConsentDialog {...props({ images: [checked(report)], policy, autoContinue: true })} />);
    expect(root.textContent).toContain('No faces or identifiers found');
  });
});
