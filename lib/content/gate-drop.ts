import { captureWhileAlive } from './lifetime';
import { heldTransferOf, holdTransfer } from './held-transfer';
import { fire, isOurs, pageEvent, transferOf } from './redispatch';

/**
 * Catches files (and images inlined in dropped HTML) dropped anywhere in the frame (document/body listeners as on Mastodon and Bluesky,
 * react-dropzone's root) at window capture. Files and strings are copied synchronously because a
 * DataTransfer is unreadable once the event ends (MDN DataTransfer.files; interception.md §3).
 */
export function guardDrops(): void {
  window.addEventListener(
    'drop',
    (event: DragEvent) => {
      if (isOurs(event) || !event.dataTransfer) return;
      const held = heldTransferOf(event.dataTransfer);
      if (!held) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = event.composedPath()[0];
      const at = { clientX: event.clientX, clientY: event.clientY, screenX: event.screenX, screenY: event.screenY };
      void holdTransfer(held, 'drop').then((outcome) => {
        const into = target instanceof Node && target.isConnected ? target : (document.body ?? document.documentElement);
        // On cancel an empty drop still goes out: pages reset their "dragging over" overlays on drop
        // (Mastodon draggingOver, Bluesky isDropping, react-dropzone isDragActive; interception.md §6.5).
        const transfer = transferOf(outcome.files, outcome.cancelled ? new Map() : outcome.strings);
        fire(into, pageEvent('DragEvent', 'drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer, ...at }));
      });
    },
    captureWhileAlive(),
  );
}
