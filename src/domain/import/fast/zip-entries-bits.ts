/**
 * The bits of a DEFLATE stream held whole in memory, read from the low bit up through a bit
 * buffer of at most 31 bits (never the sign bit: the values stay small integers).
 */
export class DeflateBits {
  protected readonly input: Uint8Array;
  /** The next byte of the input to take into the buffer. */
  protected at = 0;
  protected bitBuffer = 0;
  protected bitCount = 0;

  constructor(input: Uint8Array) {
    this.input = input;
  }

  /** Compressed bytes read so far. */
  get bytesRead(): number {
    return Math.min(this.input.length, this.at - (this.bitCount >>> 3));
  }

  /** Whether more bits were read than the input holds (made-up zeros: a stream cut short). */
  protected overrun(): boolean {
    return this.at - (this.bitCount >>> 3) > this.input.length;
  }

  /** At least `count` (≤ 24) bits in the buffer; past the input's end, zero bytes. */
  protected need(count: number): void {
    while (this.bitCount < count) {
      const byte = this.at < this.input.length ? (this.input[this.at] as number) : 0;
      this.bitBuffer |= byte << this.bitCount;
      this.at++;
      this.bitCount += 8;
    }
  }

  /** The next `count` (≤ 16) bits, read. */
  bits(count: number): number {
    const value = this.peek(count);
    this.drop(count);
    return value;
  }

  /** The next `count` (≤ 16) bits, left to be read (as far as drop() says). */
  peek(count: number): number {
    this.need(count);
    return this.bitBuffer & ((1 << count) - 1);
  }

  drop(count: number): void {
    this.bitBuffer >>>= count;
    this.bitCount -= count;
  }
}
