const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * Where the row at `at` ends, as the scanner (RFC 4180) reads it: past the first LF outside a
 * quoted field (one may hold line breaks). -1 when the piece ends first, or the row has a quote
 * the scanner would stop at (inside a plain field, or text after a closing quote): then it is
 * not told here where the row ends.
 */
export function rowEndOf(bytes: Uint8Array, at: number, delimiter: number): number {
  const n = bytes.length;
  let i = at;
  let fieldStart = true;
  while (i < n) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) {
      if (!fieldStart) return -1;
      i++;
      for (;;) {
        const close = bytes.indexOf(QUOTE, i);
        if (close < 0) return -1;
        i = close + 1;
        if (bytes[i] !== QUOTE) break;
        i++;
      }
      const after = bytes[i];
      if (after === delimiter) {
        i++;
        continue;
      }
      if (after === LF) return i + 1;
      if (after === CR && bytes[i + 1] === LF) return i + 2;
      return -1;
    }
    if (byte === LF) return i + 1;
    fieldStart = byte === delimiter;
    i++;
  }
  return -1;
}
