/** Byte inputs built by the tests: encodings and binary content that are awkward to write inline. */

/** UTF-16 bytes of text, in either byte order, with a byte-order mark unless told otherwise. */
export function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < units.length; k += 1)
    view.setUint16(2 * k, units.charCodeAt(k), littleEndian);
  return bytes;
}

export function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** A fixed stream of bytes (xorshift32): random-looking content that is the same every run. */
export function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed | 1;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
