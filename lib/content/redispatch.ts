/** Events we dispatched ourselves; our own listeners let them through. Same-world WeakSet, not an expando (Firefox Xrays hide expandos). */
export const ours = new WeakSet<Event>();

/** Files we put into each input, so a later pick in the same input can be told apart from them. */
export const released = new WeakMap<HTMLInputElement, readonly File[]>();

/** Fires an event we built, marked as ours so the gate lets it pass. Returns the page's verdict. */
export function fire(target: EventTarget, event: Event): boolean {
  ours.add(event);
  return target.dispatchEvent(event);
}

/** Builds a DataTransfer holding `files` and any copied string data. */
export function transferOf(files: readonly File[], strings: ReadonlyMap<string, string> = new Map()): DataTransfer {
  const transfer = new DataTransfer();
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
