const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const ZERO = 0x30;

const latin = new TextDecoder('latin1');

/** Whether the ASCII `text` is at `at`. */
export function startsAt(bytes: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Where the tag opened at `at` ends (past its `>`), skipping quoted attribute values; -1 if cut. */
export function tagEnd(bytes: Uint8Array, at: number, end: number): number {
  let quote = 0;
  for (let i = at + 1; i < end; i++) {
    const c = bytes[i] as number;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === GT) return i + 1;
  }
  return -1;
}

/** Bytes as SheetJS sees a value it does not decode: one character per byte. */
export function latinText(bytes: Uint8Array): string {
  return latin.decode(bytes);
}

/**
 * The number written in bytes[from, to), as parseFloat reads it: whole numbers of up to 15 digits
 * digit by digit (exact), anything else by parseFloat itself.
 */
export function numberAt(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = bytes[i] === 0x2d;
  if (negative) i++;
  let value = 0;
  let plain = i < to && to - i <= 15;
  for (let k = i; k < to && plain; k++) {
    const d = (bytes[k] as number) - ZERO;
    if (d < 0 || d > 9) plain = false;
    else value = value * 10 + d;
  }
  if (plain) return negative ? -value : value;
  return parseFloat(latinText(bytes.subarray(from, to)));
}

/** Past the last `</row>` of bytes[from, …); -1 when there is none yet. */
export function lastRowEnd(bytes: Uint8Array, from: number): number {
  for (let at = bytes.length - 6; at >= from; at--) {
    if (bytes[at] === LT && startsAt(bytes, at, '</row>')) return at + 6;
  }
  return -1;
}

/** Past the first `</row>` of bytes[from, …); -1 when there is none. */
export function rowEndAfter(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    if (startsAt(bytes, at, '</row>')) return at + 6;
  }
  return -1;
}

/** Whether `</v></c>` is at `at`. */
export function isValueEnd(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === LT &&
    bytes[at + 1] === SLASH &&
    bytes[at + 2] === 0x76 &&
    bytes[at + 3] === GT &&
    bytes[at + 4] === LT &&
    bytes[at + 5] === SLASH &&
    bytes[at + 6] === 0x63 &&
    bytes[at + 7] === GT
  );
}
