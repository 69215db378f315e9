import { captureWhileAlive } from './lifetime';
import { holdAttachment, needsHold } from './attachment';
import { copyStrings, fire, isOurs, pageEvent, transferOf } from './redispatch';
import { restoreSelection, saveSelection } from './selection';

/**
 * Catches pasted image files in textareas and rich editors at window capture. Text-only pastes
 * pass untouched. Clipboard data is copied before anything async: Firefox disconnects a paste's
 * DataTransfer as soon as the handler yields (webstudio-is/webstudio#6329).
 */
export function guardPastes(): void {
  window.addEventListener(
    'paste',
    (event: ClipboardEvent) => {
      if (isOurs(event) || !event.clipboardData) return;
      const files = [...event.clipboardData.files];
      if (!needsHold(files)) return;
      const strings = copyStrings(event.clipboardData);
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = event.composedPath()[0];
      const selection = saveSelection(target);
      void holdAttachment(files, 'paste').then((approved) => {
        // On cancel only the text part (if any) is pasted, so the user's words are not lost.
        if (!approved && !strings.get('text/plain')) return;
        const into = target instanceof Node && target.isConnected ? target : document.activeElement ?? document.body;
        if (!into) return;
        restoreSelection(selection);
        const delivered = firePaste(into, approved ?? [], strings);
        const text = strings.get('text/plain');
        // A synthetic paste has no default action, so plain text is inserted for the page if it did not.
        if (delivered && text) document.execCommand('insertText', false, text);
      });
    },
    captureWhileAlive(),
  );
}

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
