// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { act } from 'preact/test-utils';
import { focusables } from '../../../components/dialog/useFocusTrap';
import { checked, endoscopyReport, props } from './fixtures';
import { button, click, key, mount, cleanup } from './render';

afterEach(cleanup);

describe('ConsentDialog keyboard and pointer', () => {
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

  it('removes a box from the keyboard list', () => {
    const onRemoveBox = vi.fn();
    const root = mount(<ConsentDialog {...props({ onRemoveBox })} />);
    click(button(root, 'Remove Date of birth 15/02/1950'));
    expect(onRemoveBox).toHaveBeenCalledWith(0, 'id-1');
  });

  it('adds a box in image pixels when the user drags on the image', () => {
    const onAddBox = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [checked(endoscopyReport())], onAddBox })} />);
    const svg = root.querySelector('svg')!;
    // Drawn at half size: 640×512 on screen for a 1280×1024 image.
    svg.getBoundingClientRect = () => ({ left: 100, top: 50, width: 640, height: 512, right: 740, bottom: 562, x: 100, y: 50, toJSON: () => ({}) });
    const at = (type: string, x: number, y: number) =>
      act(() => void svg.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true, cancelable: true })));
    at('pointerdown', 110, 60);
    at('pointermove', 160, 90);
    at('pointerup', 210, 110);
    expect(onAddBox).toHaveBeenCalledWith(0, [20, 20, 200, 100]);
  });

  it('ignores a click without a drag', () => {
    const onAddBox = vi.fn();
    const root = mount(<ConsentDialog {...props({ onAddBox })} />);
    const svg = root.querySelector('svg')!;
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 640, height: 512, right: 640, bottom: 512, x: 0, y: 0, toJSON: () => ({}) });
    for (const type of ['pointerdown', 'pointerup']) svg.dispatchEvent(new PointerEvent(type, { clientX: 5, clientY: 5, button: 0, bubbles: true }));
    expect(onAddBox).not.toHaveBeenCalled();
  });
});
