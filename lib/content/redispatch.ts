/** Events we dispatched ourselves; our own listeners let them through. Same-world WeakSet, not an expando (Firefox Xrays hide expandos). */
export const ours = new WeakSet<Event>();

/** Files we put into each input, so a later pick in the same input can be told apart from them. */
export const released = new WeakMap<HTMLInputElement, readonly File[]>();

/** Depth of our own synchronous dispatches: in Firefox our events are page objects, so identity checks miss. */
let dispatching = 0;

/** The page hook hands approved files to a page input: events during that are ours too (see reinstall.ts). */
export function trustHookDelivery(delivering: boolean): void {
  dispatching = Math.max(0, dispatching + (delivering ? 1 : -1));
}

/** True for events we dispatched ourselves. */
export const isOurs = (event: Event): boolean => dispatching > 0 || ours.has(event);

/** Fires an event we built, marked as ours so the gate lets it pass. Returns the page's verdict. */
export function fire(target: EventTarget, event: Event): boolean {
  ours.add(event);
  dispatching++;
  try {
    return target.dispatchEvent(event);
  } finally {
    dispatching--;
  }
}

type PageWindow = Record<string, new (...args: unknown[]) => unknown>;
/** Firefox content scripts see the page's own constructors through `wrappedJSObject` (MDN "Share objects with page scripts"). */
const pageWindow = (): PageWindow | undefined => (window as unknown as { wrappedJSObject?: PageWindow }).wrappedJSObject;

/**
 * Builds a DragEvent or ClipboardEvent in the page's compartment. In Firefox, events and
 * DataTransfers made in the content script reach page listeners without their files (seen in
 * tests/e2e/intercept-drop-paste.e2e.ts); page-made ones work. Chrome shares one DOM, so the
 * ordinary constructors are used there.
 */
export function pageEvent<T extends Event>(ctor: 'DragEvent' | 'ClipboardEvent', type: string, init: Record<string, unknown>): T {
  const page = pageWindow();
  if (!page) return new (window as unknown as PageWindow)[ctor]!(type, init) as T;
  const pageInit = new page.Object!() as Record<string, unknown>;
  for (const [key, value] of Object.entries(init)) pageInit[key] = value;
  return new page[ctor]!(type, pageInit) as T;
}

/** Builds a DataTransfer holding `files` and any copied string data (in the page's compartment in Firefox). */
export function transferOf(files: readonly File[], strings: ReadonlyMap<string, string> = new Map()): DataTransfer {
  const page = pageWindow();
  const transfer = page ? (new page.DataTransfer!() as DataTransfer) : new DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const [type, value] of strings) transfer.setData(type, value);
  return transfer;
}

/** Puts approved files into the page's input and fires the events a user's choice would fire. */
export function redispatchFiles(input: HTMLInputElement, files: File[]): void {
  input.files = transferOf(files).files;
  released.set(input, files);
  fire(input, new Event('input', { bubbles: true, composed: true }));
  fire(input, new Event('change', { bubbles: true }));
}

/** Tells the page its picker closed with nothing chosen (expo maps this to `canceled`). */
export function redispatchCancel(input: HTMLInputElement): void {
  input.value = '';
  fire(input, new Event('cancel'));
}

/** Every string type of a DataTransfer, copied synchronously: it is unreadable after the event. */
export function copyStrings(transfer: DataTransfer): Map<string, string> {
  const strings = new Map<string, string>();
  for (const type of transfer.types) if (type !== 'Files') strings.set(type, transfer.getData(type));
  return strings;
}
