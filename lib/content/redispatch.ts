/** Events we dispatched ourselves; our own listeners let them through. */
export const ours = new WeakSet<Event>();

/** Puts approved files into the page's input and fires the events a user's choice would fire. */
export function redispatchFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  for (const event of [new Event('input', { bubbles: true, composed: true }), new Event('change', { bubbles: true })]) {
    ours.add(event);
    input.dispatchEvent(event);
  }
}
