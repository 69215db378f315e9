import { captureWhileAlive, gateStopped } from './lifetime';
import { holdAttachment, needsHold } from './attachment';
import { isHookHello, parsePickClaim, type HookDelivery, type PickClaim } from './hook-protocol';

/**
 * Accepts the MAIN-world hook's port (the first hello only, stopped before page listeners see it)
 * and serves its pick claims. A claim only makes the gate open its own private picker, with the
 * page's user activation, and hold what the user picks; the page's input gets files only after
 * the user's decision. A forged hello or claim can cause a hold, never a release.
 */
export function connectPageHook(): void {
  let connected = false;
  const onHello = (event: MessageEvent) => {
    if (connected || !isHookHello(event.data)) return;
    const port = event.ports[0];
    if (!port) return;
    event.stopImmediatePropagation();
    connected = true;
    window.removeEventListener('message', onHello, true);
    const busy = new Set<number>();
    port.onmessage = (message: MessageEvent) => {
      const claim = parsePickClaim(message.data);
      if (!claim || busy.has(claim.id)) return;
      // An outdated gate cannot check files: the page's picker closes with nothing chosen.
      if (gateStopped()) return port.postMessage({ kind: 'cancel', id: claim.id } satisfies HookDelivery);
      busy.add(claim.id);
      openPicker(claim, (delivery) => {
        busy.delete(claim.id);
        port.postMessage(delivery);
      });
    };
  };
  window.addEventListener('message', onHello, captureWhileAlive());
}

/** Opens a picker the page cannot see or script, then holds whatever the user picks. */
function openPicker(claim: PickClaim, reply: (delivery: HookDelivery) => void): void {
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = claim.accept;
  picker.multiple = claim.multiple;
  let cancelTimer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    clearTimeout(cancelTimer);
    const files = [...(picker.files ?? [])];
    picker.value = '';
    if (files.length === 0) return reply({ kind: 'cancel', id: claim.id });
    if (!needsHold(files)) return reply({ kind: 'deliver', id: claim.id, files });
    void holdAttachment(files, 'picker').then((approved) =>
      reply(approved ? { kind: 'deliver', id: claim.id, files: approved } : { kind: 'cancel', id: claim.id }),
    );
  };
  // Firefox under WebDriver BiDi fires `cancel` when it takes over the dialog and then sets files,
  // so a `change` shortly after a `cancel` still counts.
  const onCancel = () => {
    cancelTimer = setTimeout(() => {
      picker.removeEventListener('change', onChange);
      reply({ kind: 'cancel', id: claim.id });
    }, 1000);
  };
  picker.addEventListener('change', onChange, { once: true });
  picker.addEventListener('cancel', onCancel, { once: true });
  picker.click();
}
