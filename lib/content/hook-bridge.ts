import { captureWhileAlive, gateStopped } from './lifetime';
import { holdAttachment } from './attachment';
import { isHookHello, parseHookClaim, type HookDelivery } from './hook-protocol';
import { openPrivatePicker } from './private-picker';

/**
 * Accepts the MAIN-world hook's port (the first hello only, stopped before page listeners see it)
 * and serves its claims. A pick claim only makes the gate open its own private picker, with the
 * page's user activation, and hold what the user picks; a clipboard claim holds images the page
 * could read. The page gets files only after the user's decision. A forged hello or claim can
 * cause a hold, never a release.
 */
let connected = false;

/** Listens for the hook's hello until it has come (again after `document.open()` erased the listener). */
export function connectPageHook(): void {
  if (connected) return;
  const onHello = (event: MessageEvent) => {
    if (connected || !isHookHello(event.data)) return;
    const port = event.ports[0];
    if (!port) return;
    event.stopImmediatePropagation();
    connected = true;
    window.removeEventListener('message', onHello, true);
    const busy = new Set<number>();
    port.onmessage = (message: MessageEvent) => {
      const claim = parseHookClaim(message.data);
      if (!claim || busy.has(claim.id)) return;
      const reply = (delivery: HookDelivery) => {
        busy.delete(claim.id);
        port.postMessage(delivery);
      };
      // An outdated gate cannot check files: the page's picker closes with nothing chosen.
      if (gateStopped()) return reply({ kind: 'cancel', id: claim.id });
      busy.add(claim.id);
      const hold = (files: File[]) =>
        void holdAttachment(files, claim.kind === 'pick' ? 'picker' : 'paste').then((approved) =>
          reply(approved ? { kind: 'deliver', id: claim.id, files: approved } : { kind: 'cancel', id: claim.id }),
        );
      if (claim.kind === 'clipboard') return hold(claim.files);
      openPrivatePicker(claim, (files) => (files.length === 0 ? reply({ kind: 'cancel', id: claim.id }) : hold(files)));
    };
  };
  window.addEventListener('message', onHello, captureWhileAlive());
}
