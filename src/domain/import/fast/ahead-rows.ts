const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * The days of the kernel's window with counts, by its far-date counts: every row it counts is
 * counted there on each of its days, so no group count lies outside.
 */
export function countedSpan(farCounts: Int32Array): { low: number; days: number } {
  let low = 0;
  while (low < farCounts.length && farCounts[low] === 0) low++;
  if (low === farCounts.length) return { low: 0, days: 0 };
  let high = farCounts.length - 1;
  while (farCounts[high] === 0) high--;
  return { low, days: high - low + 1 };
}

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
