import { browser } from 'wxt/browser';
import { fromWire } from '../wire/bytes';
import { MAX_FILES_PER_ATTACH } from '../messaging/limits';
import type { AttachChannel, BackgroundToContent, ContentToBackground } from '../messaging/content-channel';
import { isEnvelope, type AnswerOf, type RequestOf } from '../messaging/envelope';
import type { Decision } from '../wire/decision';
import type { WireFile } from '../wire/file';
import { fail, ok, type Result } from '../messaging/result';
import { sendFromContent } from '../messaging/send';
import { mountDialogFrame, type DialogMount } from './dialog-frame';
import { neutralName } from './file-kinds';
import { captureWhileAlive, gateSignal, gateStopped } from './lifetime';
import { toWireFiles } from './wire-files';

/** What the page gets back once the user has decided: files to hand over, or null to cancel. */
export type HoldOutcome = { files: File[] } | null;

/**
 * One held set of files. This frame keeps the originals for as long as the user decides: the
 * background keeps only a record, so a stopped service worker asks for the bytes again here.
 */
interface PendingHold {
  originals: File[];
  wire: WireFile[];
  resolve: (outcome: HoldOutcome) => void;
  mount: DialogMount;
}

const pending = new Map<string, PendingHold>();
/** Holds whose session is being opened: the background may ping before it has told us the id. */
let opening = 0;

export const UPDATED_MESSAGE =
  'Consent Guard was updated while it was holding your image, so the image was not attached. Please attach it again.';
const tooMany = (count: number) =>
  `You attached ${count} files. Consent Guard checks up to ${MAX_FILES_PER_ATTACH} at a time, so none was attached. Please attach them in smaller groups.`;
const ENDED_MESSAGE = 'This check ended while the page was in the background, so the image was not attached. Please attach it again.';

/**
 * Holds files away from the page, opens the dialog and resolves with the user's decision.
 * If anything fails the files stay held and the user is told; nothing passes silently.
 */
export async function holdFiles(files: File[], channel: AttachChannel, composerText: string): Promise<HoldOutcome> {
  let abandoned = false;
  let sessionId: string | undefined;
  let settle: (outcome: HoldOutcome) => void = () => undefined;
  const outcome = new Promise<HoldOutcome>((resolve) => (settle = resolve));
  const abandon = () => {
    abandoned = true;
    if (sessionId) {
      pending.delete(sessionId);
      void sendFromContent('hold/abandon', { sessionId });
    }
    settle(null);
  };
  // Removed by the page, or kept hidden: nothing is attached, and the page is not left blocked.
  const mount = mountDialogFrame(abandon, () => {
    console.warn('Consent Guard: this page kept the dialog hidden, so the held file was not attached.');
    mount.unmount();
    abandon();
  });
  if (files.length > MAX_FILES_PER_ATTACH) {
    mount.fail(tooMany(files.length), () => settle(null));
    return outcome;
  }
  opening++;
  let wire: WireFile[] = [];
  let opened: AnswerOf<ContentToBackground, 'hold/open'>;
  try {
    wire = await toWireFiles(files);
    opened = await sendFromContent('hold/open', { files: wire, channel, composerText });
  } catch (error) {
    opened = fail('internal', error instanceof Error ? error.message : String(error));
  }
  try {
    if (abandoned) {
      // The page removed the placeholder before the session opened: close it so the backstop lifts.
      if (opened.ok && 'sessionId' in opened.value) void sendFromContent('hold/abandon', { sessionId: opened.value.sessionId });
      return await outcome;
    }
    if (gateStopped()) {
      mount.fail(UPDATED_MESSAGE, () => undefined);
      return null;
    }
    if (!opened.ok && opened.error.code === 'busy') {
      // Another attachment in this tab already waits for the user: this one is dropped, not stacked.
      mount.unmount();
      return null;
    }
    if (!opened.ok) {
      // Held, never passed silently: the user is told and nothing reaches the site.
      mount.fail(`Consent Guard couldn't check this image, so it was not attached (${opened.error.message}). Please try again.`, () => settle(null));
      return await outcome;
    }
    if ('pass' in opened.value) {
      mount.unmount();
      return { files };
    }
    sessionId = opened.value.sessionId;
    pending.set(sessionId, { originals: files, wire, resolve: settle, mount });
    mount.load(sessionId);
  } finally {
    opening--;
  }
  return outcome;
}

function outcomeOf(decision: Decision, originals: File[]): HoldOutcome {
  switch (decision.action) {
    case 'release':
      // With alwaysStripMetadata the background sends each original re-encoded without metadata (null: as it is).
      return { files: originals.map((file, i) => (decision.files?.[i] ? fileFromWire(decision.files[i]!) : file)) };
    case 'redact':
      // A neutral name: a patient's name or number in the original's name must not be posted with the redacted copy.
      return { files: decision.files.map((wire, i) => fileFromWire({ ...wire, name: neutralName(i, wire.type) })) };
    case 'cancel':
      return null;
  }
}

function fileFromWire(wire: WireFile): File {
  return new File([fromWire(wire.bytes)], wire.name, { type: wire.type, lastModified: wire.lastModified });
}

type ContentRequest = keyof BackgroundToContent;

/** What this frame answers the background about its held files. Each answer can be asked again. */
const answers: { [T in ContentRequest]: (req: RequestOf<BackgroundToContent, T>) => Result<unknown> } = {
  'hold/decided': ({ sessionId, decision }) => {
    const hold = pending.get(sessionId);
    if (!hold) return ok({ known: false });
    pending.delete(sessionId);
    hold.mount.unmount();
    hold.resolve(outcomeOf(decision, hold.originals));
    return ok({ known: true });
  },
  'hold/files': ({ sessionId }) => {
    const hold = pending.get(sessionId);
    return hold ? ok(hold.wire) : fail('not-found', 'Not held here');
  },
  'hold/ping': ({ sessionId }) => ok({ held: pending.has(sessionId) || opening > 0 }),
  'hold/visible': ({ sessionId }) => {
    const hold = pending.get(sessionId);
    return hold ? ok({ visible: hold.mount.visibleForDecision() }) : fail('not-found', 'Not held here');
  },
  'gate/ping': () => ok(null),
};

const isContentRequest = (type: string): type is ContentRequest => Object.hasOwn(answers, type);

/** Answers the background about held files. Only our background can ask (not a page, not another tab). */
export function listenForDecisions(): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
    if (gateStopped() || sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.to !== 'content') return undefined;
    if (!isContentRequest(message.type)) return undefined;
    sendResponse((answers[message.type] as (req: unknown) => Result<unknown>)(message.req));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  // After an update `browser.runtime` is gone in Chrome; the listener can no longer fire anyway.
  gateSignal.addEventListener('abort', () => browser.runtime?.onMessage.removeListener(listener), { once: true });
}

/** Back from the back/forward cache: holds the background no longer knows are ended. */
export function watchPageShow(): void {
  window.addEventListener('pageshow', (event) => void (event.persisted && recheckHolds()), captureWhileAlive());
}

/**
 * A reload or navigation takes the held files with this document: every hold ends now, so the
 * background lifts the tab's upload block at once instead of leaving the next page unable to upload.
 */
export function endHoldsOnPageHide(): void {
  window.addEventListener(
    'pagehide',
    () => {
      for (const id of pending.keys()) void sendFromContent('hold/abandon', { sessionId: id }).catch(() => undefined);
      endHolds(pending.keys(), ENDED_MESSAGE);
    },
    captureWhileAlive(),
  );
}

/** Ends every hold with a message instead of the dialog: nothing is attached, the user attaches again. */
function endHolds(ids: Iterable<string>, message: string): void {
  for (const id of [...ids]) {
    const hold = pending.get(id);
    if (!hold) continue;
    pending.delete(id);
    hold.mount.fail(message, () => undefined);
    hold.resolve(null);
  }
}

/** The extension was updated or removed: this script's holds can no longer be checked or released. */
export function endHoldsForUpdate(): void {
  endHolds(pending.keys(), UPDATED_MESSAGE);
}

/** Back from the back/forward cache: holds the background no longer knows are ended with a message. */
async function recheckHolds(): Promise<void> {
  const ids = [...pending.keys()];
  if (ids.length === 0) return;
  const status = await sendFromContent('hold/status', { sessionIds: ids });
  if (!status.ok) return;
  endHolds(
    ids.filter((id) => !status.value.known.includes(id)),
    ENDED_MESSAGE,
  );
}

/** Whether this frame holds anything (used to watch for an update only while it matters). */
export const holdsAnything = (): boolean => pending.size > 0 || opening > 0;
