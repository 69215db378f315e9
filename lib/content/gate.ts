import { guardDrops } from './gate-drop';
import { guardFileInputs } from './gate-input';
import { guardPastes } from './gate-paste';
import { connectPageHook } from './hook-bridge';
import { listenForDecisions } from './hold';
import { installPendingShield } from './pending';

/**
 * Installs every isolated-world listener at document_start, before any page script. Each is a
 * cheap check on window; no work happens until an event carries a file.
 */
export function installGate(): void {
  installPendingShield();
  listenForDecisions();
  connectPageHook();
  guardFileInputs();
  guardDrops();
  guardPastes();
}
