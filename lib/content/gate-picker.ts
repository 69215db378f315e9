import { captureWhileAlive } from './lifetime';
import { holdAttachment } from './attachment';
import { isOurs, redispatchCancel, redispatchFiles } from './redispatch';
import { openPrivatePicker, pickerOptionsOf } from './private-picker';
import { shadowRootOf } from './shadow-roots';

/**
 * Every picker a click opens on a file input is the gate's own. The click (a user's, a label's, or
 * the page's `click()`) is seen at window capture before any page listener; its default action —
 * the browser's picker for the page's input — is cancelled and a private picker opens instead. So
 * the page's input holds no file until the user decides, wherever the page moves that input
 * meanwhile (removing it from the document before the pick is a common helper pattern).
 * Inputs inside closed shadow roots hide from the window's view of the path: the gate follows the
 * click into each such root with a listener added for this dispatch only.
 */
export function guardPickerClicks(): void {
  const onClick = (event: Event) => {
    if (isOurs(event) || event.defaultPrevented) return;
    const first = event.composedPath()[0];
    if (first instanceof HTMLInputElement) {
      if (first.type === 'file' && !first.disabled) proxyPicker(event, first);
      return;
    }
    const closed = first instanceof Element && !first.shadowRoot ? shadowRootOf(first) : null;
    if (closed) followInto(closed, onClick);
  };
  window.addEventListener('click', onClick, captureWhileAlive());
}

function followInto(root: ShadowRoot, onClick: (event: Event) => void): void {
  const once = (event: Event) => {
    root.removeEventListener('click', once, true);
    onClick(event);
  };
  root.addEventListener('click', once, true);
  setTimeout(() => root.removeEventListener('click', once, true), 0);
}

function proxyPicker(event: Event, input: HTMLInputElement): void {
  event.preventDefault();
  openPrivatePicker(pickerOptionsOf(input), (files) => {
    if (files.length === 0) return redispatchCancel(input);
    void holdAttachment(files, 'input').then((approved) => {
      if (approved) redispatchFiles(input, approved);
      else redispatchCancel(input);
    });
  });
}
