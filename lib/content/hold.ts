import { browser } from 'wxt/browser';
import { fromWire } from '../messaging/bytes';
import { isEnvelope, type AttachChannel, type Decision, type Envelope, type WireFile } from '../messaging/protocol';
import { mountDialogFrame } from './dialog-frame';
import { sendToBackground } from './send';
import { toWireFiles } from './wire-files';

/** What the page gets back once the user has decided: files to hand over, or null to cancel. */
export type HoldOutcome = { files: File[] } | null;

interface PendingHold {
  originals: File[];
  resolve: (outcome: HoldOutcome) => void;
  unmount: () => void;
}

const pending = new Map<string, PendingHold>();

/**
 * Holds files away from the page, opens the dialog and resolves with the user's decision.
 * If anything fails the files stay held and the user is told; nothing passes silently.
 */
export async function holdFiles(files: File[], channel: AttachChannel, composerText: string): Promise<HoldOutcome> {
  const opened = await sendToBackground('hold/open', { files: await toWireFiles(files), channel, composerText });
  if (!opened.ok) {
    console.warn('Consent Guard held your image but could not open its check:', opened.error.message);
    return null;
  }
  const { sessionId } = opened.value;
  return new Promise<HoldOutcome>((resolve) => {
    const unmount = mountDialogFrame(sessionId, () => {
      pending.delete(sessionId);
      void sendToBackground('hold/abandon', { sessionId });
      resolve(null);
    });
    pending.set(sessionId, { originals: files, resolve, unmount });
  });
}

function outcomeOf(decision: Decision, originals: File[]): HoldOutcome {
  switch (decision.action) {
    case 'release':
      return { files: originals };
    case 'redact':
      return { files: decision.files.map(fileFromWire) };
    case 'cancel':
      return null;
  }
}

function fileFromWire(wire: WireFile): File {
  return new File([fromWire(wire.bytes)], wire.name, { type: wire.type, lastModified: wire.lastModified });
}

/** Listens for the background's word that the user decided. Only our background can send it. */
export function listenForDecisions(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.to !== 'content') return undefined;
    if (message.type !== 'hold/decided') return undefined;
    const { sessionId, decision } = (message as Envelope<'hold/decided'>).req;
    const hold = pending.get(sessionId);
    if (!hold) return undefined;
    pending.delete(sessionId);
    hold.unmount();
    hold.resolve(outcomeOf(decision, hold.originals));
    return undefined;
  });
}
