const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const SPACE = 0x20;
const ZERO = 0x30;

/** The cell readUsualCell read: its column (0-based), type byte, style (-1: none) and value. */
export interface UsualCell {
  column: number;
  type: number;
  style: number;
  value: number;
}

/** Digits from `at`: their value in `into.value` and where they end (at itself: none). */
function digitsAt(bytes: Uint8Array, at: number, into: UsualCell): number {
  let value = 0;
  let i = at;
  for (let d = (bytes[i] as number) - ZERO; d >= 0 && d <= 9; d = (bytes[i] as number) - ZERO) {
    value = value * 10 + d;
    i++;
  }
  into.value = value;
  return i;
}

/**
 * The cell Excel and most writers write, read in one pass from its `<c` at `at`:
 * `<c r="B12" t="s" s="3"><v>123</v></c>` with r first, then t (one letter) and s in any
 * order, and a value of 1 to 15 digits. Where it ends, with the cell in `into`; -1 for any
 * other form, or a reference to another row (the scanner's general reading then reads it, and
 * says what is wrong).
 */
export function readUsualCell(
  bytes: Uint8Array,
  at: number,
  end: number,
  rowNumber: number,
  into: UsualCell,
): number {
  if (
    bytes[at + 2] !== SPACE ||
    bytes[at + 3] !== 0x72 /* r */ ||
    bytes[at + 4] !== EQUALS ||
    bytes[at + 5] !== QUOTE
  ) {
    return -1;
  }
  let i = at + 6;
  let letters = 0;
  for (let c = bytes[i] as number; c >= 0x41 && c <= 0x5a; c = bytes[i] as number) {
    letters = letters * 26 + (c - 0x40);
    i++;
  }
  const digits = i;
  i = digitsAt(bytes, i, into);
  if (letters === 0 || i === digits || into.value !== rowNumber || bytes[i] !== QUOTE) return -1;
  into.column = letters - 1;
  into.type = 0x6e; /* n */
  into.style = -1;
  i++;
  while (bytes[i] !== GT) {
    if (bytes[i] !== SPACE || bytes[i + 2] !== EQUALS || bytes[i + 3] !== QUOTE) return -1;
    const name = bytes[i + 1];
    i += 4;
    if (name === 0x74 /* t */ && bytes[i + 1] === QUOTE) {
      into.type = bytes[i] as number;
      i += 2;
    } else if (name === 0x73 /* s */) {
      const start = i;
      i = digitsAt(bytes, i, into);
      if (i === start || bytes[i] !== QUOTE) return -1;
      into.style = into.value;
      i++;
    } else return -1;
  }
  // ><v>digits</v></c>
  if (bytes[i + 1] !== LT || bytes[i + 2] !== 0x76 /* v */ || bytes[i + 3] !== GT) return -1;
  const valueStart = i + 4;
  i = digitsAt(bytes, valueStart, into);
  const length = i - valueStart;
  if (length === 0 || length > 15 || i + 8 > end) return -1;
  if (
    bytes[i] !== LT ||
    bytes[i + 1] !== 0x2f ||
    bytes[i + 2] !== 0x76 ||
    bytes[i + 3] !== GT ||
    bytes[i + 4] !== LT ||
    bytes[i + 5] !== 0x2f ||
    bytes[i + 6] !== 0x63 ||
    bytes[i + 7] !== GT
  ) {
    return -1;
  }
  return i + 8;
}
