import { browser } from 'wxt/browser';
import { fromWire } from '../messaging/bytes';
import { isEnvelope, type AttachChannel, type Decision, type Envelope, type WireFile } from '../messaging/protocol';
import { mountDialogFrame } from './dialog-frame';
import { sendToBackground } from '../messaging/send';
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
  let abandoned = false;
  let sessionId: string | undefined;
  let settle: (outcome: HoldOutcome) => void = () => undefined;
  const outcome = new Promise<HoldOutcome>((resolve) => (settle = resolve));
  const mount = mountDialogFrame(() => {
    abandoned = true;
    if (sessionId) {
      pending.delete(sessionId);
      void sendToBackground('hold/abandon', { sessionId });
    }
    settle(null);
  });
  const opened = await sendToBackground('hold/open', { files: await toWireFiles(files), channel, composerText });
  if (abandoned) {
    // The page removed the placeholder before the session opened: close it so the backstop lifts.
    if (opened.ok && 'sessionId' in opened.value) void sendToBackground('hold/abandon', { sessionId: opened.value.sessionId });
    return outcome;
  }
  if (!opened.ok) {
    // Held, never passed silently: the user is told and nothing reaches the site.
    mount.fail(`Consent Guard couldn't check this image, so it was not attached (${opened.error.message}). Please try again.`, () => settle(null));
    return outcome;
  }
  if ('pass' in opened.value) {
    mount.unmount();
    return { files };
  }
  sessionId = opened.value.sessionId;
  mount.load(sessionId);
  pending.set(sessionId, { originals: files, resolve: settle, unmount: mount.unmount });
  return outcome;
}

function outcomeOf(decision: Decision, originals: File[]): HoldOutcome {
  switch (decision.action) {
    case 'release':
      // With alwaysStripMetadata the background sends each original re-encoded without metadata (null: as it is).
      return { files: originals.map((file, i) => (decision.files?.[i] ? fileFromWire(decision.files[i]!) : file)) };
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
