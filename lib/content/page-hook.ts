import { HOOK_HELLO, type HookDelivery, type PickClaim } from './hook-protocol';

/**
 * Runs in the page's own (MAIN) world at document_start, before any page script. A detached file
 * input's click, input and change events never reach `window`, so the isolated gate cannot see them
 * (interception.md §3). Here `click()`, `showPicker()` and a dispatched `click` on such an input are
 * turned into a request for the gate to open its own picker; the page's input only ever receives
 * the files the user approved. No file bytes pass through this world before the decision.
 */
export function installPageHook(): void {
  const nativeClick = HTMLElement.prototype.click;
  const nativeShowPicker = HTMLInputElement.prototype.showPicker;
  const nativeDispatch = EventTarget.prototype.dispatchEvent;
  const channel = new MessageChannel();
  const waiting = new Map<number, HTMLInputElement>();
  let nextId = 1;

  const isDetachedFileInput = (el: unknown): el is HTMLInputElement =>
    el instanceof HTMLInputElement && el.type === 'file' && !el.isConnected;

  // A shadow-root input's events stay inside the root in Firefox: tell the gate which root to watch.
  const armIfShadow = (el: unknown): void => {
    if (el instanceof HTMLInputElement && el.type === 'file' && el.getRootNode() instanceof ShadowRoot) {
      nativeDispatch.call(el, new CustomEvent('consent-guard-arm', { composed: true }));
    }
  };

  const proxy = (input: HTMLInputElement): void => {
    const id = nextId++;
    waiting.set(id, input);
    const claim: PickClaim = { kind: 'pick', id, accept: input.accept, multiple: input.multiple };
    channel.port1.postMessage(claim);
  };

  replace(HTMLElement.prototype, 'click', function (this: HTMLElement) {
    if (isDetachedFileInput(this)) return proxy(this);
    armIfShadow(this);
    return nativeClick.call(this);
  });
  replace(HTMLInputElement.prototype, 'showPicker', function (this: HTMLInputElement) {
    if (isDetachedFileInput(this)) return proxy(this);
    armIfShadow(this);
    return nativeShowPicker.call(this);
  });
  // expo-image-picker opens its input with dispatchEvent(new MouseEvent('click')), not click().
  replace(EventTarget.prototype, 'dispatchEvent', function (this: EventTarget, event: Event) {
    if (event instanceof MouseEvent && event.type === 'click' && isDetachedFileInput(this)) {
      proxy(this);
      return true;
    }
    if (event instanceof MouseEvent && event.type === 'click') armIfShadow(this);
    return nativeDispatch.call(this, event);
  });

  // Without the File System Access API, react-dropzone and browser-fs-access fall back to an input.
  for (const name of ['showOpenFilePicker', 'showDirectoryPicker']) {
    delete (window as unknown as Record<string, unknown>)[name];
    delete (Window.prototype as unknown as Record<string, unknown>)[name];
  }

  channel.port1.onmessage = (message: MessageEvent<HookDelivery>) => {
    const { data } = message;
    const input = waiting.get(data?.id);
    if (!input) return;
    waiting.delete(data.id);
    if (data.kind === 'deliver' && Array.isArray(data.files)) {
      const transfer = new DataTransfer();
      for (const file of data.files) if (file instanceof File) transfer.items.add(file);
      input.files = transfer.files;
      nativeDispatch.call(input, new Event('input', { bubbles: true, composed: true }));
      nativeDispatch.call(input, new Event('change', { bubbles: true }));
    } else {
      nativeDispatch.call(input, new Event('cancel'));
    }
  };
  window.postMessage({ type: HOOK_HELLO }, '*', [channel.port2]);
}

/** Swaps a method while keeping the native property shape (writable, configurable, not enumerable). */
function replace<T extends object>(target: T, name: string, fn: (...args: never[]) => unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { ...descriptor, value: fn });
}
