/**
 * Raw DEFLATE (RFC 1951) inflated in pieces into one reused buffer. fflate's streaming Inflate
 * allocates fresh buffers and copies its output on every push and checks its buffer's size on
 * every match: streaming a part cost twice the CPU of inflating it at once, and more than this
 * does. Here the compressed bytes are all there (the zip is in memory), so only
 * the output is paused: the decoder stops after the symbol that fills a piece and goes on from
 * there, keeping the 32 KiB a match may reach back to.
 */
import {
  FIXED_DISTANCES,
  FIXED_LENGTHS,
  readDynamicCodes,
  type HuffmanTable,
} from './zip-entries-huffman';
import { DeflateBits } from './zip-entries-bits';

const WINDOW = 1 << 15;
/** A match is at most 258 bytes: room past a full piece for the symbol that fills it. */
const LONGEST_MATCH = 258;

/**
 * Inflates `input` (raw DEFLATE) a piece at a time: next() gives up to `pieceBytes` more bytes
 * (a view of a buffer the next call reuses) until `done`, or null once the stream is damaged.
 */
export class RawInflater extends DeflateBits {
  done = false;
  damaged = false;
  private readonly output: Uint8Array;
  private readonly view: DataView;
  private readonly pieceBytes: number;
  /** Where the piece being inflated ends. */
  private limit = 0;
  private written = 0;
  /** 0: a block header comes next; 1: in a Huffman block; 2: in a stored block. */
  private mode = 0;
  private lastBlock = false;
  private storedLeft = 0;
  private lengths: HuffmanTable = FIXED_LENGTHS;
  private distances: HuffmanTable = FIXED_DISTANCES;

  constructor(input: Uint8Array, pieceBytes = 1 << 17) {
    super(input);
    this.pieceBytes = pieceBytes;
    // Room past a full piece for the match that fills it, and three more bytes a four-byte copy
    // may write past a match.
    this.output = new Uint8Array(WINDOW + pieceBytes + LONGEST_MATCH + 3);
    this.view = new DataView(this.output.buffer);
  }

  next(): Uint8Array | null {
    if (this.damaged) return null;
    if (this.done) return this.output.subarray(0, 0);
    // Keep the last 32 KiB for matches to reach back into; the piece starts after them.
    if (this.written > WINDOW) {
      this.output.copyWithin(0, this.written - WINDOW, this.written);
      this.written = WINDOW;
    }
    const from = this.written;
    this.limit = from + this.pieceBytes;
    while (this.written < this.limit && !this.done) {
      if (this.mode === 0 && !this.readHeader()) return this.fail();
      if (this.mode === 2) this.copyStored();
      else if (this.mode === 1 && !this.decode()) return this.fail();
      if (this.mode === 0 && this.lastBlock) this.done = true;
    }
    // Bits read past the end of the input were zeros made up: the stream was cut short.
    if (this.overrun()) return this.fail();
    return this.output.subarray(from, this.written);
  }

  private fail(): null {
    this.damaged = true;
    return null;
  }

  private readHeader(): boolean {
    if (this.overrun()) return false;
    this.lastBlock = this.bits(1) === 1;
    const type = this.bits(2);
    if (type === 0) {
      // Stored: from the next byte boundary, a length and its complement.
      this.bitBuffer >>>= this.bitCount & 7;
      this.bitCount -= this.bitCount & 7;
      const length = this.bits(16);
      if ((this.bits(16) ^ 0xffff) !== length) return false;
      // The buffer holds whole bytes now: hand them back to the input.
      this.at -= this.bitCount >>> 3;
      this.bitBuffer = this.bitCount = 0;
      this.storedLeft = length;
      this.mode = 2;
      return true;
    }
    if (type === 1) {
      this.lengths = FIXED_LENGTHS;
      this.distances = FIXED_DISTANCES;
    } else if (type === 2) {
      const codes = readDynamicCodes(this);
      if (codes === null) return false;
      this.lengths = codes.literals;
      this.distances = codes.distances;
    } else return false;
    this.mode = 1;
    return true;
  }

  private copyStored(): void {
    const count = Math.min(this.storedLeft, this.limit - this.written);
    const available = Math.max(0, Math.min(count, this.input.length - this.at));
    this.output.set(this.input.subarray(this.at, this.at + available), this.written);
    // A stored block cut short is read as zeros; next() then sees the input overrun.
    this.output.fill(0, this.written + available, this.written + count);
    this.at += count;
    this.written += count;
    this.storedLeft -= count;
    if (this.storedLeft === 0) this.mode = 0;
  }

  /**
   * Symbols of a Huffman block until the piece is full or the block ends; false when a code or
   * distance is not one. The hot loop: state in locals, the bit buffer refilled a byte at a time
   * to 24 bits or more (at most 31: never the sign bit) while far from the input's end.
   */
  private decode(): boolean {
    const input = this.input;
    const output = this.output;
    const view = this.view;
    const limit = this.limit;
    const safeEnd = input.length - 4;
    const literals = this.lengths.table;
    const literalMask = (1 << this.lengths.bits) - 1;
    const distances = this.distances.table;
    const distanceMask = (1 << this.distances.bits) - 1;
    let at = this.at;
    let buffer = this.bitBuffer;
    let count = this.bitCount;
    let written = this.written;
    let ok = true;
    while (written < limit) {
      if (count < 24) {
        if (at < safeEnd) {
          do {
            buffer |= (input[at++] as number) << count;
            count += 8;
          } while (count < 24);
        } else {
          this.at = at;
          this.bitBuffer = buffer;
          this.bitCount = count;
          this.need(24);
          ({ at, bitBuffer: buffer, bitCount: count } = this);
        }
      }
      const entry = literals[buffer & literalMask] as number;
      const length = entry & 15;
      if (length === 0) {
        ok = false;
        break;
      }
      buffer >>>= length;
      count -= length;
      const symbol = (entry >>> 4) & 511;
      if (symbol < 256) {
        output[written++] = symbol;
        continue;
      }
      if (symbol === 256) {
        this.mode = 0;
        break;
      }
      // 24 bits less a code of 15 leave the up to 5 extra length bits.
      const lengthExtra = entry >>> 22;
      const matchLength = ((entry >>> 13) & 511) + (buffer & ((1 << lengthExtra) - 1));
      buffer >>>= lengthExtra;
      count -= lengthExtra;
      // Then a distance code of up to 15 bits and up to 13 extra.
      if (count < 24) {
        if (at < safeEnd) {
          do {
            buffer |= (input[at++] as number) << count;
            count += 8;
          } while (count < 24);
        } else {
          this.at = at;
          this.bitBuffer = buffer;
          this.bitCount = count;
          this.need(24);
          ({ at, bitBuffer: buffer, bitCount: count } = this);
        }
      }
      const distanceEntry = distances[buffer & distanceMask] as number;
      const distanceLength = distanceEntry & 15;
      if (distanceLength === 0) {
        ok = false;
        break;
      }
      buffer >>>= distanceLength;
      count -= distanceLength;
      const distanceExtra = distanceEntry >>> 19;
      if (count < distanceExtra) {
        // Far matches (most of a sheet's) need more bits: from at least 9 to at most 20.
        if (at < safeEnd) {
          do {
            buffer |= (input[at++] as number) << count;
            count += 8;
          } while (count < distanceExtra);
        } else {
          this.at = at;
          this.bitBuffer = buffer;
          this.bitCount = count;
          this.need(distanceExtra);
          ({ at, bitBuffer: buffer, bitCount: count } = this);
        }
      }
      const distance = ((distanceEntry >>> 4) & 0x7fff) + (buffer & ((1 << distanceExtra) - 1));
      buffer >>>= distanceExtra;
      count -= distanceExtra;
      if (distance > written) {
        ok = false;
        break;
      }
      let from = written - distance;
      const end = written + matchLength;
      if (distance >= 4) {
        // Four bytes a copy: each four read were written at least four bytes back. The last
        // copy may run up to three bytes past the match, into room the next symbols overwrite.
        for (; written < end; written += 4, from += 4) {
          view.setInt32(written, view.getInt32(from, true), true);
        }
        written = end;
      } else while (written < end) output[written++] = output[from++] as number;
    }
    this.at = at;
    this.bitBuffer = buffer;
    this.bitCount = count;
    this.written = written;
    return ok;
  }
}
