const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** The repeat check's parts: by the first fingerprint's top bits (wasm/layout.ts PART_BITS). */
export const REPEAT_PARTS = 8;
const PART_SHIFT = 29;

/**
 * VIN fingerprint pairs sorted by their part, with where each part starts: the first reader
 * adds a part's straight to the pairs it checks (it would otherwise look through all of them
 * once a part).
 */
export function byPart(pairs: Int32Array): { vinPairs: Int32Array; vinParts: Int32Array } {
  const vinParts = new Int32Array(REPEAT_PARTS + 1);
  for (let at = 0; at < pairs.length; at += 2) {
    const after = ((pairs[at] as number) >>> PART_SHIFT) + 1;
    vinParts[after] = (vinParts[after] as number) + 1;
  }
  for (let part = 1; part <= REPEAT_PARTS; part++) {
    vinParts[part] = (vinParts[part] as number) + (vinParts[part - 1] as number);
  }
  const next = vinParts.slice(0, REPEAT_PARTS);
  const vinPairs = new Int32Array(pairs.length);
  for (let at = 0; at < pairs.length; at += 2) {
    const first = pairs[at] as number;
    const part = first >>> PART_SHIFT;
    const to = 2 * (next[part] as number);
    next[part] = (next[part] as number) + 1;
    vinPairs[to] = first;
    vinPairs[to + 1] = pairs[at + 1] as number;
  }
  return { vinPairs, vinParts };
}

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
