import { unzigzag } from './byte-writer';

/**
 * Reads what ByteWriter wrote. Links arrive damaged (cut by a chat tool, edited by hand), so a
 * read past the end or a malformed varint does not throw: it returns 0 and marks the reader
 * failed, with the offset where the damage was found. Callers check `failed` before trusting
 * anything read.
 */
export class ByteReader {
  private offset = 0;
  private failedAt: number | null = null;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private fail(): number {
    this.failedAt ??= this.offset;
    this.offset = this.bytes.length;
    return 0;
  }

  get failed(): boolean {
    return this.failedAt !== null;
  }

  /** Where reading went wrong (a byte offset), or null. */
  get failureOffset(): number | null {
    return this.failedAt;
  }

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  get position(): number {
    return this.offset;
  }

  byte(): number {
    if (this.offset >= this.bytes.length) return this.fail();
    return this.bytes[this.offset++] as number;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.offset >= this.bytes.length) return this.fail();
      const byte = this.bytes[this.offset++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        return Number.isSafeInteger(value) ? value : this.fail();
      }
      scale *= 0x80;
    }
    return this.fail();
  }

  signed(): number {
    return unzigzag(this.varint());
  }

  float64(): number {
    if (this.remaining < 8) return this.fail();
    const value = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }

  string(): string {
    const length = this.varint();
    if (length > this.remaining) {
      this.fail();
      return '';
    }
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(slice);
    return text;
  }

  /** A count of items that each take at least `minBytes`: more than the rest can hold is damage. */
  count(minBytes = 1): number {
    const value = this.varint();
    if (value * minBytes > this.remaining) return this.fail();
    return value;
  }
}
