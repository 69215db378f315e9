import { holdFiles } from './hold';
import { ours, redispatchFiles } from './redispatch';
import { isCheckable } from './file-kinds';
import { readComposerText } from './composer-text';

/**
 * Catches files chosen in an <input type=file> before any page listener (window, capture phase,
 * document_start), holds them, and hands the page whatever the user decides.
 */
export function guardFileInputs(): void {
  const onFiles = (event: Event) => {
    if (ours.has(event)) return;
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    const files = [...input.files];
    if (!files.some(isCheckable)) return;
    event.stopImmediatePropagation();
    if (event.type === 'input') return; // the change event that follows is where we hold
    input.value = '';
    void holdFiles(files, 'input', readComposerText()).then((outcome) => {
      if (outcome) redispatchFiles(input, outcome.files);
      else input.dispatchEvent(new Event('cancel'));
    });
  };
  window.addEventListener('input', onFiles, true);
  window.addEventListener('change', onFiles, true);
}
