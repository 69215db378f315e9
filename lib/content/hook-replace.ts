/** Swaps a method while keeping the native property shape (writable, configurable, not enumerable). */
export function replace<T extends object>(target: T, name: string, fn: (...args: never[]) => unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, name);
  if (!descriptor) return;
  Object.defineProperty(target, name, { ...descriptor, value: fn });
}
