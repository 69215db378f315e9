import { saveBrands } from './hook-brands';
import { guardClipboardRead } from './hook-clipboard';
import { replace } from './hook-replace';
import { DELIVERED_EVENT, DELIVERING_EVENT, HOOK_HELLO, REOPENED_EVENT, takeOrLeaveLink, type HookDelivery, type PickClaim } from './hook-protocol';

/**
 * Runs in the page's own (MAIN) world at document_start, before any page script, in every frame
 * (including about:blank, srcdoc, data: and blob: frames, so no realm the page can reach is left
 * unhooked). It turns every programmatic picker the isolated gate cannot see — `click()`,
 * `showPicker()` or a dispatched click on a file input (or its label) that is detached or inside a
 * shadow tree, and `showPicker()` anywhere — into a request for the gate to open its own picker;
 * the page's input only ever receives the files the user approved. Elements and events are
 * recognised by brand, so another frame's methods and elements change nothing. It also tells the
 * gate, synchronously, when `document.open()` has erased its listeners, and holds images that
 * `navigator.clipboard.read()` returns.
 */
export function installPageHook(): void {
  const nativeClick = HTMLElement.prototype.click;
  const nativeShowPicker = HTMLInputElement.prototype.showPicker;
  const nativeDispatch = EventTarget.prototype.dispatchEvent;
  const nativeOpen = Document.prototype.open;
  const nativeWrite = Document.prototype.write;
  const nativeWriteln = Document.prototype.writeln;
  const brands = saveBrands();
  const ownDocument = document;
  const link = takeOrLeaveLink(document);
  const channel = new MessageChannel();
  const waiting = new Map<number, (delivery: HookDelivery) => void>();
  let nextId = 1;

  /** A click whose picker the window's capture listeners cannot see or stop: it never reaches window, or hides its target. */
  const mustProxy = (input: HTMLInputElement) => !brands.isDisabled(input) && (!brands.isConnected(input) || brands.inShadowTree(input));

  const proxy = (input: HTMLInputElement): void => {
    const id = nextId++;
    waiting.set(id, (delivery) => deliver(input, delivery));
    const claim: PickClaim = {
      kind: 'pick',
      id,
      accept: input.accept,
      multiple: input.multiple,
      capture: input.getAttribute('capture') ?? '',
      directory: input.webkitdirectory,
    };
    channel.port1.postMessage(claim);
  };

  const deliver = (input: HTMLInputElement, delivery: HookDelivery) => {
    // The gate lets these events through: the files in them are the ones the user approved.
    if (link) nativeDispatch.call(link, new Event(DELIVERING_EVENT));
    try {
      if (delivery.kind === 'deliver' && Array.isArray(delivery.files)) {
        const transfer = new DataTransfer();
        for (const file of delivery.files) if (file instanceof File) transfer.items.add(file);
        input.files = transfer.files;
        nativeDispatch.call(input, new Event('input', { bubbles: true, composed: true }));
        nativeDispatch.call(input, new Event('change', { bubbles: true }));
      } else {
        nativeDispatch.call(input, new Event('cancel'));
      }
    } finally {
      if (link) nativeDispatch.call(link, new Event(DELIVERED_EVENT));
    }
  };

  replace(HTMLElement.prototype, 'click', function (this: HTMLElement) {
    const input = brands.fileInputOf(this);
    if (input && mustProxy(input)) return proxy(input);
    return Reflect.apply(nativeClick, this, []);
  });
  replace(HTMLInputElement.prototype, 'showPicker', function (this: HTMLInputElement) {
    const input = brands.fileInputOf(this);
    if (input === this && !brands.isDisabled(input)) return proxy(input);
    return Reflect.apply(nativeShowPicker, this, []);
  });
  // expo-image-picker opens its input with dispatchEvent(new MouseEvent('click')), not click().
  replace(EventTarget.prototype, 'dispatchEvent', function (this: EventTarget, event: Event) {
    const input = brands.isClick(event) ? brands.fileInputOf(this) : undefined;
    if (input && mustProxy(input)) {
      proxy(input);
      return true;
    }
    return Reflect.apply(nativeDispatch, this, [event]);
  });

  // document.open() erases every listener on the window and the document, the gate's too. Another
  // document's methods are its own frame's (hooked there); a write that would open the document
  // opens it first here, so the gate is back before any script the written markup runs.
  const reopened = () => link && nativeDispatch.call(link, new Event(REOPENED_EVENT));
  replace(Document.prototype, 'open', function (this: Document, ...args: unknown[]) {
    if (this !== ownDocument) return Reflect.apply(this.open, this, args);
    try {
      return Reflect.apply(nativeOpen, this, args);
    } finally {
      reopened();
    }
  });
  for (const [name, native] of [['write', nativeWrite], ['writeln', nativeWriteln]] as const) {
    replace(Document.prototype, name, function (this: Document, ...args: unknown[]) {
      if (this !== ownDocument) return Reflect.apply(this[name], this, args);
      if (brands.readyState(this) !== 'loading') {
        Reflect.apply(nativeOpen, this, []);
        reopened();
      }
      return Reflect.apply(native, this, args);
    });
  }

  // Without the File System Access API, react-dropzone and browser-fs-access fall back to an input.
  for (const name of ['showOpenFilePicker', 'showDirectoryPicker']) {
    delete (window as unknown as Record<string, unknown>)[name];
    delete (Window.prototype as unknown as Record<string, unknown>)[name];
  }

  guardClipboardRead((files) => {
    const id = nextId++;
    return new Promise<File[] | null>((resolve) => {
      waiting.set(id, (delivery) => resolve(delivery.kind === 'deliver' ? delivery.files : null));
      channel.port1.postMessage({ kind: 'clipboard', id, files });
    });
  });

  channel.port1.onmessage = (message: MessageEvent<HookDelivery>) => {
    const settle = waiting.get(message.data?.id);
    if (!settle) return;
    waiting.delete(message.data.id);
    settle(message.data);
  };
  window.postMessage({ type: HOOK_HELLO }, '*', [channel.port2]);
}
