import { MAX_FILES_PER_ATTACH } from '../messaging/limits';

/**
 * Messages between the MAIN-world page hook and the isolated-world gate. The page shares the MAIN
 * world, so anything arriving from it is a claim: it may make the gate open a picker or hold files
 * the page already has, never release anything. Files the user picks travel only gate → hook,
 * after the user decided.
 */

/** Posted once by the hook (window.postMessage) to hand its MessagePort to the gate. */
export const HOOK_HELLO = 'consent-guard/page-hook-hello';

/**
 * A node the gate and the hook share from document_start (whichever runs first creates it, the
 * other takes it out of the page). Events dispatched on it reach the gate synchronously even after
 * `document.open()` has erased every listener on the window and the document.
 */
export const LINK_TAG = 'consent-guard-link';
/** hook → gate on the link: the document was opened again; put the listeners back now. */
export const REOPENED_EVENT = 'consent-guard-reopened';
/**
 * hook → gate on the link, around the input/change events the hook fires to hand over approved
 * files: the gate lets those through instead of holding them again. The page never holds the link.
 */
export const DELIVERING_EVENT = 'consent-guard-delivering';
export const DELIVERED_EVENT = 'consent-guard-delivered';

/** hook → gate: the page asked for a picker the gate cannot see (detached, in a shadow tree, or showPicker). */
export interface PickClaim {
  kind: 'pick';
  id: number;
  accept: string;
  multiple: boolean;
  capture: string;
  directory: boolean;
}

/** hook → gate: `navigator.clipboard.read()` returned images; hold them before the page gets them. */
export interface ClipboardClaim {
  kind: 'clipboard';
  id: number;
  files: File[];
}

/** gate → hook: what the page gets once the user has decided. */
export type HookDelivery = { kind: 'deliver'; id: number; files: File[] } | { kind: 'cancel'; id: number };

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

/** Validates a claim from the page world; anything malformed is ignored. */
export function parseHookClaim(data: unknown): PickClaim | ClipboardClaim | undefined {
  if (!isRecord(data) || !Number.isSafeInteger(data.id)) return undefined;
  const id = data.id as number;
  if (data.kind === 'clipboard') {
    const files = Array.isArray(data.files) ? data.files.filter((f): f is File => f instanceof File) : [];
    if (files.length === 0 || files.length > MAX_FILES_PER_ATTACH) return undefined;
    return { kind: 'clipboard', id, files };
  }
  if (data.kind !== 'pick') return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : '');
  return { kind: 'pick', id, accept: text(data.accept), multiple: data.multiple === true, capture: text(data.capture), directory: data.directory === true };
}

export function isHookHello(data: unknown): boolean {
  return isRecord(data) && data.type === HOOK_HELLO;
}

/** The shared link node: taken if the other side made it, else made and left for the other side. */
export function takeOrLeaveLink(doc: Document): Element | undefined {
  const found = doc.querySelector(LINK_TAG);
  if (found) {
    found.remove();
    return found;
  }
  const root = doc.documentElement;
  if (!root) return undefined;
  const link = doc.createElement(LINK_TAG);
  link.hidden = true;
  root.append(link);
  return link;
}
