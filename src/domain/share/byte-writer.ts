/**
 * Numbers past 2^31 are common here (a zig-zagged day delta is small, but a float's bits or a
 * large count are not), so varints are built with arithmetic, never with 32-bit bit operators.
 */
const LARGEST_VARINT = Number.MAX_SAFE_INTEGER;

/** Appends bytes to a growing buffer: unsigned and signed varints, float64, UTF-8 strings. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
  }

  /** A non-negative safe integer in 7-bit groups, low group first (LEB128). */
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value > LARGEST_VARINT) {
      throw new RangeError(`varint out of range: ${value}`);
    }
    let rest = value;
    this.reserve(8);
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  /** A signed integer, zig-zagged so that small negatives stay short: 0, −1, 1, −2 → 0, 1, 2, 3. */
  signed(value: number): void {
    this.varint(zigzag(value));
  }

  float64(value: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  string(text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.varint(bytes.length);
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  get size(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Largest magnitude a zig-zagged value may have: its code must stay a safe integer. */
export const LARGEST_SIGNED = Math.floor(LARGEST_VARINT / 2);

export function zigzag(value: number): number {
  if (!Number.isSafeInteger(value) || Math.abs(value) > LARGEST_SIGNED) {
    throw new RangeError(`signed varint out of range: ${value}`);
  }
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

export function unzigzag(code: number): number {
  return code % 2 === 0 ? code / 2 : -(code + 1) / 2;
}

/** How many bytes `varint` writes for a value, to compare encodings without writing them. */
export function varintSize(value: number): number {
  let size = 1;
  let rest = value;
  while (rest >= 0x80) {
    rest = Math.floor(rest / 0x80);
    size++;
  }
  return size;
}
