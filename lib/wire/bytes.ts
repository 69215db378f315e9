/**
 * Image bytes on the wire. Firefox and Chrome with `message_serialization: structured_clone`
 * carry an ArrayBuffer as is; older Chrome turns it into `{}`, so bytes fall back to base64.
 */
export type WireBytes = ArrayBuffer | { base64: string };

export function toWire(bytes: ArrayBuffer, structuredClone: boolean): WireBytes {
  return structuredClone ? bytes : { base64: toBase64(new Uint8Array(bytes)) };
}

/**
 * True for an ArrayBuffer from any realm. Firefox hands an extension page the bytes of a message
 * as an ArrayBuffer of another compartment, for which `instanceof ArrayBuffer` is false.
 */
export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

export function fromWire(wire: WireBytes): ArrayBuffer {
  if (isArrayBuffer(wire)) return wire;
  if (isBase64(wire)) return fromBase64(wire.base64).buffer as ArrayBuffer;
  // Chrome without structured clone delivers a lost ArrayBuffer as a plain object.
  throw new TypeError('Image bytes were lost in transit');
}

function isBase64(wire: unknown): wire is { base64: string } {
  return typeof wire === 'object' && wire !== null && typeof (wire as { base64?: unknown }).base64 === 'string';
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
