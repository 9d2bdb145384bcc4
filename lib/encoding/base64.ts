/**
 * Typed arrays travel from the build to the page as base64 text: a string literal the engine
 * scans in one go, where the same numbers as a JSON array would be parsed one by one.
 */

/** Base64 of the bytes of a typed array (platform byte order, as the page reads it back). */
export function encodeBytes(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes a base64 string holds, with the engine's own decoder where it has one. */
export function decodeBytes(text: string): Uint8Array {
  const withDecoder = Uint8Array as { fromBase64?: (s: string) => Uint8Array };
  if (withDecoder.fromBase64) return withDecoder.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A Uint32Array read back from `encodeBytes` (copied when the bytes are not 4-byte aligned). */
export function decodeUint32(text: string): Uint32Array {
  const bytes = decodeBytes(text);
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(bytes.slice().buffer);
}
