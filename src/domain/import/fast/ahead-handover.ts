import type { AheadCount, AheadProgress, AheadShape, CountAhead } from './count-ahead-types';
import type { FastImportOptions } from './fast-types';

/** The fast text reader, as the handover drives it. */
export interface HandoverReader {
  /** The file's next bytes, read as usual. */
  feed(bytes: Uint8Array): boolean;
  /** Whether everything fed is read and the next byte starts a row. */
  atRowStart(): boolean;
  /** A row the second reader left, whole with its line end: read as any row. */
  readLeft(row: Uint8Array): boolean;
  /** Rows the second reader counted: the row counts and line numbers move on as if read here. */
  skipCounted(rows: number): void;
  takeAhead(count: AheadCount): void;
  refuse(reason: string): false;
}

type State = 'before' | 'waiting' | 'reaching' | 'skipping' | 'after';

/** A file this big has its later rows counted by a second reader, where one is given. */
const AHEAD_MIN_BYTES = 16 << 20;
/**
 * Where the second reader starts, as a share of the file: the first reader also guesses the
 * mapping before and sums up after.
 */
const AHEAD_SHARE = 0.5;

/**
 * Hands a table's later rows to a second reader (CountAhead) and back: the bytes before `from`
 * are read as usual; there the reader waits for the second one's count, reads on to the row it
 * started at, then reads the rows it left and skips the rows it counted (to its `stop`), and
 * reads on as usual from there. When the second reader started inside a row (a quoted field
 * with a line break across `from`), could not count, or the rows disagree, the file is read
 * here as if it had never been asked: the same outcome either way.
 */
export class AheadHandover {
  private state: State = 'before';
  private held: Uint8Array[] = [];
  private count: AheadCount | null = null;
  private settled = false;
  private pending: Promise<void> | null = null;
  private readonly handle: ReturnType<CountAhead>;

  private constructor(
    countAhead: CountAhead,
    shape: AheadShape,
    private readonly from: number,
    private readonly totalBytes: number,
    private readonly reader: HandoverReader,
    /** The file's bytes read so far. */
    private consumed: number,
  ) {
    this.handle = countAhead(from, shape);
  }

  /**
   * A handover for a table of `shape` whose first `bytesRead` bytes are read, where the options
   * give a second reader and the file is big enough (or `aheadFrom` says where); else null.
   */
  static start(
    options: Pick<FastImportOptions, 'countAhead' | 'totalBytes' | 'aheadFrom'>,
    shape: AheadShape,
    bytesRead: number,
    reader: HandoverReader,
  ): AheadHandover | null {
    const totalBytes = options.totalBytes ?? 0;
    if (!options.countAhead) return null;
    const share = totalBytes < AHEAD_MIN_BYTES ? null : Math.floor(totalBytes * AHEAD_SHARE);
    const from = Math.max(bytesRead, options.aheadFrom ?? share ?? Infinity);
    if (from >= totalBytes) return null;
    return new AheadHandover(options.countAhead, shape, from, totalBytes, reader, bytesRead);
  }

  /** What to wait for before the next push: the second reader's count, once it is needed. */
  get waiting(): Promise<void> | null {
    return this.state === 'waiting' && !this.settled ? this.pending : null;
  }

  /** While the reader waits: how far the second reader has come (bytes and rows past `from`). */
  get aheadProgress(): AheadProgress {
    if (this.state !== 'waiting') return { bytes: 0, rows: 0 };
    return this.handle.progress?.() ?? { bytes: 0, rows: 0 };
  }

  /** False once the rest of the file is counted: its bytes need not be read. */
  get wantsMore(): boolean {
    return !(this.state === 'skipping' && (this.count?.stop ?? 0) >= this.totalBytes);
  }

  push(chunk: Uint8Array): boolean {
    if (this.state === 'waiting') {
      if (!this.settled) {
        // Copied: a caller may reuse its buffer.
        this.held.push(chunk.slice());
        return true;
      }
      if (!this.resume()) return false;
    }
    return this.take(chunk);
  }

  /** After the file's last byte, before the reader's end. */
  end(): boolean {
    if (this.state === 'waiting') {
      if (!this.settled) this.cancel();
      if (!this.resume()) return false;
    }
    return true;
  }

  cancel(): void {
    if (this.state === 'before' || this.state === 'waiting') this.handle.cancel();
    this.settled = true;
    this.count = null;
  }

  private take(chunk: Uint8Array): boolean {
    let bytes = chunk;
    while (bytes.length > 0) {
      if (this.state === 'before') {
        const room = this.from - this.consumed;
        if (bytes.length <= room) return this.normal(bytes);
        if (room > 0 && !this.normal(bytes.subarray(0, room))) return false;
        this.wait(bytes.subarray(room).slice());
        return true;
      }
      if (this.state === 'reaching') {
        const room = (this.count?.start ?? 0) - this.consumed;
        if (bytes.length < room) return this.normal(bytes);
        if (room > 0 && !this.normal(bytes.subarray(0, room))) return false;
        if (!this.handOver()) return false;
        bytes = bytes.subarray(room);
        continue;
      }
      if (this.state === 'skipping') {
        const room = (this.count?.stop ?? 0) - this.consumed;
        const skipped = Math.min(room, bytes.length);
        this.consumed += skipped;
        if (skipped === bytes.length) return true;
        this.state = 'after';
        bytes = bytes.subarray(skipped);
        continue;
      }
      return this.normal(bytes);
    }
    return true;
  }

  private normal(bytes: Uint8Array): boolean {
    this.consumed += bytes.length;
    return this.reader.feed(bytes);
  }

  private wait(rest: Uint8Array): void {
    this.state = 'waiting';
    this.held = [rest];
    this.pending = this.handle.result.then(
      (count) => {
        if (!this.settled) this.count = count;
        this.settled = true;
      },
      (error: unknown) => {
        this.settled = true;
        throw error;
      },
    );
  }

  /** The count is in (or given up): on to the row it starts at, with the bytes held. */
  private resume(): boolean {
    const count = this.count;
    this.state = count !== null && count.start >= this.consumed ? 'reaching' : 'after';
    const held = this.held;
    this.held = [];
    // The row start is met in these bytes or a later chunk, where take() hands over.
    for (const bytes of held) if (!this.take(bytes)) return false;
    return true;
  }

  /** At the row the second reader started at: its rows left, read here; its rows counted, skipped. */
  private handOver(): boolean {
    const { reader } = this;
    const count = this.count;
    if (count === null || !reader.atRowStart()) {
      this.state = 'after';
      return true;
    }
    let at = 0;
    for (let k = 0; k < count.leftEnds.length; k++) {
      reader.skipCounted(count.countedBefore[k] as number);
      const end = count.leftEnds[k] as number;
      if (!reader.readLeft(count.leftBytes.subarray(at, end))) return false;
      at = end;
      if (!reader.atRowStart()) {
        return reader.refuse('a row left by the second reader did not end where it found');
      }
    }
    reader.skipCounted(count.countedAfter);
    reader.takeAhead(count);
    this.state = 'skipping';
    return true;
  }
}
