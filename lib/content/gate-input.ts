import { captureWhileAlive } from './lifetime';
import { holdAttachment, needsHold } from './attachment';
import { isOurs, redispatchCancel, redispatchFiles, released } from './redispatch';
import { ARM_EVENT, fileInputsInside, shadowRootsUnder } from './shadow-roots';

/**
 * Catches files chosen in an <input type=file> before any page listener (window, capture phase,
 * document_start). Light-DOM inputs are held on `change`. For inputs inside shadow roots `change`
 * is not composed and never reaches window, but the composed `input` event that precedes it in the
 * same task does (whatwg/html#5453): the gate holds there and blocks the coming `change` at the root.
 */
export function guardFileInputs(): void {
  const onEvent = (event: Event) => {
    if (isOurs(event)) return;
    const input = chosenInput(event);
    if (!input) return;
    const files = [...(input.files ?? [])];
    if (!needsHold(files)) return;
    event.stopImmediatePropagation();
    const root = input.getRootNode();
    const inShadow = root instanceof ShadowRoot;
    if (event.type === 'input' && !inShadow) return; // the `change` that follows reaches window
    if (inShadow && event.type === 'input') blockNextChange(root, input);
    input.value = ''; // a form submitted while pending must not carry the file (interception.md §5.5)
    void holdAttachment(files, 'input').then((approved) => {
      if (approved) redispatchFiles(input, approved);
      else redispatchCancel(input);
    });
  };
  window.addEventListener('input', onEvent, captureWhileAlive());
  window.addEventListener('change', onEvent, captureWhileAlive());
  // Firefox does not let a shadow-root file input's `input` event out of the root either, so the
  // gate also listens on each shadow root a picker is opened from (a click, or the hook's arm event).
  const armed = new WeakSet<ShadowRoot>();
  const arm = (event: Event) => {
    const path = event.composedPath();
    const roots = path.filter((n): n is ShadowRoot => n instanceof ShadowRoot);
    if (path[0] instanceof Element) roots.push(...shadowRootsUnder(path[0]));
    for (const root of roots) {
      if (armed.has(root)) continue;
      armed.add(root);
      root.addEventListener('input', onEvent, captureWhileAlive());
      root.addEventListener('change', onEvent, captureWhileAlive());
    }
  };
  window.addEventListener('click', arm, captureWhileAlive());
  window.addEventListener(ARM_EVENT, arm, captureWhileAlive());
}

/** The file input an `input`/`change` event is about, looking through open and closed shadow roots. */
function chosenInput(event: Event): HTMLInputElement | undefined {
  const first = event.composedPath()[0];
  if (first instanceof HTMLInputElement) return first.type === 'file' ? first : undefined;
  if (!(first instanceof Element)) return undefined;
  // A closed root hides its nodes from composedPath(): the path starts at the host.
  const fresh = fileInputsInside(first).filter((i) => !sameFiles(released.get(i), i.files));
  return fresh.length === 1 ? fresh[0] : undefined;
}

function sameFiles(a: readonly File[] | undefined, b: FileList | null): boolean {
  return !!a && !!b && a.length === b.length && a.every((f, i) => f === b[i]);
}

/** A one-shot capture listener on the input's own root stops the `change` that follows `input`. */
function blockNextChange(root: ShadowRoot, input: HTMLInputElement): void {
  const stop = (event: Event) => {
    if (isOurs(event) || event.composedPath()[0] !== input) return;
    event.stopImmediatePropagation();
    root.removeEventListener('change', stop, true);
  };
  root.addEventListener('change', stop, true);
  setTimeout(() => root.removeEventListener('change', stop, true), 0);
}
