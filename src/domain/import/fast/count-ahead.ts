import { rowEndOf } from './ahead-rows';
import { AheadTeacher } from './ahead-teacher';
import type { AheadCount, AheadProgress, AheadShape } from './count-ahead-types';
import {
  configureKernel,
  COUNTS,
  hasColumn,
  REASON,
  ROWS_A_CALL,
  TAKEN,
  UNTAUGHT,
  YEAR_FIRSTS,
} from './kernel-config';
import { joined } from './joined-bytes';
import { readLinePieces } from './line-pieces';
import { releaseKernelInstance, type VehicleKernelExports } from './vehicle-kernel-wasm';
import { filedByPart } from './vin-repeat-check';

const LF = 0x0a;
const EMPTY = new Uint8Array(0);
/** Past this, the rows left are not few: the first reader reads on from there itself. */
const MAX_LEFT_BYTES = 4 << 20;

/**
 * The second reader of a per-vehicle table (see AheadCount): fed the file's bytes from `from`
 * on, in chunks of any size, it counts with the WebAssembly kernel every row that is the usual
 * kind and whose labels, group and days it has already seen in its part often enough; any other
 * row it leaves, bytes and place, to the first reader.
 */
export class AheadCounter {
  private readonly wasm: VehicleKernelExports;
  private readonly window: number;
  private readonly results: number;
  private readonly delimiter: number;
  private readonly teacher: AheadTeacher;
  /** The line the last chunk cut. */
  private cut: Uint8Array = EMPTY;
  private readonly left: Uint8Array[] = [];
  private leftBytes = 0;
  private readonly countedBefore: number[] = [];
  private counted = 0;
  /** Rows counted before the last row left, and the rows left. */
  private rowsSeen = 0;
  private bytesGiven = 0;
  /** The file offset of the next byte given; of the first row once a line end was seen. */
  private offset: number;
  private start = -1;
  private stop = -1;
  private yearFirsts = new Int32Array(4);

  /** Null when the kernel cannot read a table of this shape. */
  static create(wasm: VehicleKernelExports, shape: AheadShape, from: number): AheadCounter | null {
    const { columns, width } = shape;
    // Rows without a region or model column are counted under number 0 of each.
    // Rows of days it has not seen nine times are left to the first reader, which sees them.
    const fixed = {
      region: 0,
      model: 0,
      countsUnscheduled: shape.countsUnscheduled,
      logSightings: false,
    };
    if (!configureKernel(wasm, shape.delimiter, width, columns, fixed)) return null;
    const inside = (at: number) => hasColumn(at, width);
    return new AheadCounter(
      wasm,
      shape.delimiter,
      inside(columns.region),
      inside(columns.model),
      from,
    );
  }

  private constructor(
    wasm: VehicleKernelExports,
    delimiter: number,
    hasRegion: boolean,
    hasModel: boolean,
    from: number,
  ) {
    this.wasm = wasm;
    this.delimiter = delimiter;
    this.offset = from;
    this.window = wasm.WINDOW.value as number;
    this.results = wasm.resultsAt() >> 2;
    this.teacher = new AheadTeacher(wasm, this.results, hasRegion, hasModel);
  }

  /** How far it is: bytes given and rows read (counted or left) so far. */
  get progress(): AheadProgress {
    return { bytes: this.bytesGiven, rows: this.rowsSeen + this.counted };
  }

  push(chunk: Uint8Array): void {
    this.bytesGiven += chunk.length;
    if (this.stop >= 0) return;
    let bytes = chunk;
    if (this.start < 0) {
      const lineEnd = chunk.indexOf(LF) + 1;
      if (lineEnd === 0) {
        this.offset += chunk.length;
        return;
      }
      this.offset += lineEnd;
      this.start = this.offset;
      bytes = chunk.subarray(lineEnd);
    }
    this.pushLines(bytes);
  }

  /**
   * Reads the whole lines of the bytes given so far: the line the last chunk cut is held and
   * read with the next chunk's first line (pieces end at line ends, so the kernel is never given
   * a row cut short).
   */
  private pushLines(bytes: Uint8Array): void {
    const lastLineEnd = bytes.lastIndexOf(LF) + 1;
    if (lastLineEnd === 0) {
      this.cut = joined([this.cut, bytes], this.cut.length + bytes.length);
      // A line of megabytes: the first reader reads on from its start.
      if (this.cut.length > MAX_LEFT_BYTES) this.stopAt(this.offset);
      return;
    }
    let from = 0;
    if (this.cut.length > 0) {
      from = bytes.indexOf(LF) + 1;
      const first = joined([this.cut, bytes.subarray(0, from)], this.cut.length + from);
      this.cut = EMPTY;
      if (!this.readPieces(first)) return;
    }
    if (!this.readPieces(bytes.subarray(from, lastLineEnd))) return;
    // Copied: a caller may reuse its buffer.
    this.cut = bytes.slice(lastLineEnd);
  }

  private readPieces(bytes: Uint8Array): boolean {
    return readLinePieces(bytes, (piece) => this.readPiece(piece));
  }

  /** After the file's last byte: what was counted, and the rows left. */
  end(): AheadCount {
    if (this.start < 0) this.start = this.stop = this.offset;
    if (this.cut.length > 0) this.readPiece(this.cut);
    if (this.stop < 0) this.stop = this.offset;
    const count = this.counts();
    releaseKernelInstance(this.wasm);
    return count;
  }

  /** Reads a piece that ends at a line end (or the file's end); false once stopped. */
  private readPiece(piece: Uint8Array): boolean {
    if (this.stop >= 0) return false;
    const pieceAt = this.offset;
    const { wasm, results } = this;
    const input = wasm.ensureInput(piece.length);
    if (input === 0) return this.stopAt(pieceAt);
    new Uint8Array(wasm.memory.buffer, input, piece.length).set(piece);
    let at = 0;
    while (at < piece.length) {
      const next = wasm.readRows(at, piece.length, ROWS_A_CALL);
      const words = new Int32Array(wasm.memory.buffer);
      this.counted += words[results + TAKEN] as number;
      const reason = words[results + REASON] as number;
      this.addYearFirsts(words);
      at = next;
      if (reason === 0) continue;
      const rowEnd = rowEndOf(piece, at, this.delimiter);
      if (rowEnd < 0 || this.leftBytes > MAX_LEFT_BYTES) return this.stopAt(pieceAt + at);
      this.leave(piece.slice(at, rowEnd));
      if (reason === UNTAUGHT) this.teacher.teach(piece, words);
      at = rowEnd;
    }
    this.offset = pieceAt + piece.length;
    return true;
  }

  private stopAt(offset: number): false {
    this.stop = offset;
    return false;
  }

  private leave(row: Uint8Array): void {
    this.left.push(row);
    this.leftBytes += row.length;
    this.countedBefore.push(this.counted);
    this.rowsSeen += this.counted + 1;
    this.counted = 0;
  }

  private addYearFirsts(words: Int32Array): void {
    for (let k = 0; k < 4; k++) {
      this.yearFirsts[k] =
        (this.yearFirsts[k] as number) + (words[this.results + YEAR_FIRSTS + k] as number);
    }
    this.wasm.clearYearFirsts();
  }

  private counts(): AheadCount {
    const { wasm, window } = this;
    const words = new Int32Array(wasm.memory.buffer);
    const blocks = wasm.groupBlocks();
    const leftBytes = new Uint8Array(this.leftBytes);
    const leftEnds = new Int32Array(this.left.length);
    let at = 0;
    this.left.forEach((row, k) => {
      leftBytes.set(row, at);
      at += row.length;
      leftEnds[k] = at;
    });
    // Only the days counted are sent: a file's days are a few hundred of the window's.
    const far = words.subarray(wasm.farCountsAt() >> 2, (wasm.farCountsAt() >> 2) + window);
    const low = wasm.countedFrom();
    const days = wasm.countedDays();
    const groupCounts = new Int32Array(blocks * COUNTS * days);
    for (let block = 0; block < blocks; block++) {
      const base = wasm.groupBlockAt(block) >> 2;
      for (let k = 0; k < COUNTS; k++) {
        const from = base + k * window + low;
        groupCounts.set(words.subarray(from, from + days), (block * COUNTS + k) * days);
      }
    }
    return {
      start: this.start,
      stop: this.stop,
      leftBytes,
      leftEnds,
      countedBefore: Int32Array.from(this.countedBefore),
      countedAfter: this.counted,
      ...this.teacher.labels(),
      firstDay: days === 0 ? 0 : wasm.firstWindowDay() + low,
      days,
      farCounts: far.slice(low, low + days),
      groupCounts,
      yearFirsts: this.yearFirsts,
      ...filedByPart(wasm),
    };
  }
}

/** Counts `bytes` (the file from `from`) in the calling thread: tests, and where no worker runs. */
export function countAheadHere(
  wasm: VehicleKernelExports,
  shape: AheadShape,
  bytes: Uint8Array,
  from: number,
  chunkBytes = 1 << 20,
): AheadCount | null {
  const counter = AheadCounter.create(wasm, shape, from);
  if (counter === null) {
    releaseKernelInstance(wasm);
    return null;
  }
  for (let at = from; at < bytes.length; at += chunkBytes) {
    counter.push(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes)));
  }
  return counter.end();
}
