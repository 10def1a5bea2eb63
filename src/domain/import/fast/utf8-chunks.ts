/** Bytes a UTF-8 sequence has by its lead byte (an invalid lead is left to the decoder). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/**
 * Decodes UTF-8 chunks, split anywhere, into text, refusing bytes that are not UTF-8 as
 * TextDecoder's fatal mode does. Each chunk is decoded on its own (one-shot decoding is native
 * and several times faster than `{ stream: true }`); a sequence cut by a chunk's end is held
 * back and decoded with the first bytes of the next.
 */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly tail = new Uint8Array(4);
  private tailLength = 0;
  /**
   * Whether the last chunk decoded was all ASCII, whole: then its text has a character per
   * byte, and an offset in one is the same offset in the other.
   */
  ascii = false;

  /** The text of the chunk's whole characters, or null when the bytes are not UTF-8. */
  decode(chunk: Uint8Array): string | null {
    this.ascii = false;
    let from = 0;
    let before = '';
    if (this.tailLength > 0) {
      const wanted = sequenceLength(this.tail[0] as number) - this.tailLength;
      const taken = Math.min(wanted, chunk.length);
      this.tail.set(chunk.subarray(0, taken), this.tailLength);
      this.tailLength += taken;
      if (taken < wanted) return '';
      const joined = this.text(this.tail.subarray(0, this.tailLength));
      if (joined === null) return null;
      before = joined;
      from = taken;
      this.tailLength = 0;
    }
    let end = chunk.length;
    // Back over continuation bytes to a lead byte: when its sequence runs past the end, hold it.
    for (let back = 1; back <= 3 && end - back >= from; back++) {
      const byte = chunk[end - back] as number;
      if (byte < 0x80) break;
      if (byte >= 0xc0) {
        if (sequenceLength(byte) > back) end -= back;
        break;
      }
    }
    this.tail.set(chunk.subarray(end));
    this.tailLength = chunk.length - end;
    const text = this.text(chunk.subarray(from, end));
    if (text === null) return null;
    this.ascii = from === 0 && end === chunk.length && text.length === chunk.length;
    return before + text;
  }

  /** Whether the last chunk ended inside a sequence, held for the next. */
  get holding(): boolean {
    return this.tailLength > 0;
  }

  /** After the last chunk: false when it ended inside a sequence. */
  end(): boolean {
    return this.tailLength === 0;
  }

  private text(bytes: Uint8Array): string | null {
    try {
      return this.decoder.decode(bytes);
    } catch (error) {
      // The decoder's way of saying "not UTF-8"; anything else is a bug.
      if (error instanceof TypeError) return null;
      throw error;
    }
  }
}
