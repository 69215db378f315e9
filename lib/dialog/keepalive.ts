import { ask } from './send';

/**
 * Firefox suspends an idle event page (30 s without an event), and with it the engine and any
 * answer still owed. While the dialog waits on engine work it sends a small message every few
 * seconds; each one counts as activity. Chrome keeps its worker alive for a pending answer anyway.
 */
const INTERVAL_MS = 2_000;
let waiting = 0;
let timer: ReturnType<typeof setInterval> | undefined;

export async function keepingAlive<T>(work: () => Promise<T>): Promise<T> {
  if (waiting++ === 0) timer = setInterval(() => void ask('keepalive', {}), INTERVAL_MS);
  try {
    return await work();
  } finally {
    if (--waiting === 0) clearInterval(timer);
  }
}
