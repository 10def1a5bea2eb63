const GT = 0x3e;
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

export function join(left: Uint8Array, right: Uint8Array): Uint8Array {
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left);
  joined.set(right, left.length);
  return joined;
}
