import { captureWhileAlive } from './lifetime';
import { heldTransferOf, holdTransfer } from './held-transfer';
import { fire, isOurs, pageEvent, transferOf } from './redispatch';
import { restoreSelection, saveSelection } from './selection';

/**
 * Catches pasted files, and images inlined in pasted HTML or text, in textareas and rich editors at
 * window capture. Text-only pastes pass untouched. Clipboard data is copied before anything async: Firefox disconnects a paste's
 * DataTransfer as soon as the handler yields (webstudio-is/webstudio#6329).
 */
export function guardPastes(): void {
  window.addEventListener(
    'paste',
    (event: ClipboardEvent) => {
      if (isOurs(event) || !event.clipboardData) return;
      const held = heldTransferOf(event.clipboardData);
      if (!held) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = event.composedPath()[0];
      const selection = saveSelection(target);
      void holdTransfer(held, 'paste').then((outcome) => {
        const text = outcome.strings.get('text/plain');
        // On cancel only the text part (if any) is pasted, so the user's words are not lost.
        if (outcome.cancelled && !text) return;
        const into = target instanceof Node && target.isConnected ? target : document.activeElement ?? document.body;
        if (!into) return;
        restoreSelection(selection);
        if (!firePaste(into, outcome.files, outcome.strings)) return;
        // A synthetic paste has no default action: what the browser would have inserted is inserted for the page.
        const html = outcome.strings.get('text/html');
        if (!outcome.cancelled && held.inline.length > 0 && html && isEditable(into)) document.execCommand('insertHTML', false, html);
        else if (text) document.execCommand('insertText', false, text);
      });
    },
    captureWhileAlive(),
  );
}

const isEditable = (node: Node): boolean => (node instanceof HTMLElement ? node : node.parentElement)?.isContentEditable === true;

/** Dispatches a real ClipboardEvent (Lexical checks the constructor name) carrying the files. */
function firePaste(target: EventTarget, files: readonly File[], strings: ReadonlyMap<string, string>): boolean {
  const transfer = transferOf(files, strings);
  const event = pageEvent<ClipboardEvent>('ClipboardEvent', 'paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transfer });
  // Firefox ignores ClipboardEventInit.clipboardData but the event's own DataTransfer is writable
  // (Gecko ClipboardEvent.webidl; wpt issue #7857).
  const own = event.clipboardData;
  if (own && own !== transfer && own.types.length === 0) {
    for (const file of files) own.items.add(file);
    for (const [type, value] of strings) own.setData(type, value);
  }
  return fire(target, event);
}
