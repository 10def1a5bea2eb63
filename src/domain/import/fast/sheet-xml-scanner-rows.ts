import { joined } from './joined-bytes';
import { lastRowEnd, rowEndAfter } from './xml-bytes';

/**
 * Cuts a sheet's XML, as it comes in chunks, into runs of whole rows for `scan(bytes, from,
 * end)`: the row a chunk cuts waits for the next, joined with it up to its first row end only,
 * so each chunk is read where it is rather than copied. Chunks may be views their sender
 * reuses: what waits is a copy.
 */
export class WholeRows {
  /**
   * Copies of the bytes since the last row end, joined only once a row end comes: joining
   * each chunk to them as it came copied a long stretch without rows (a sheet's tail after its
   * last row, or before its first) once per chunk, 11 s for 40 MiB.
   */
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  private readonly scan: (bytes: Uint8Array, from: number, end: number) => boolean;

  constructor(scan: (bytes: Uint8Array, from: number, end: number) => boolean) {
    this.scan = scan;
  }

  /** Scans the whole rows `chunk` ends (all of it when `last`); false once a scan said stop. */
  push(chunk: Uint8Array, last: boolean): boolean {
    let from = 0;
    if (this.waitingBytes > 0) {
      const firstEnd = last ? chunk.length : rowEndAfter(chunk, 0);
      if (firstEnd < 0) {
        this.wait(chunk.slice());
        return true;
      }
      this.waiting.push(chunk.subarray(0, firstEnd));
      const row = joined(this.waiting, this.waitingBytes + firstEnd);
      this.waiting = [];
      this.waitingBytes = 0;
      if (!this.scan(row, 0, row.length)) return false;
      from = firstEnd;
    }
    let end = chunk.length;
    if (!last) {
      end = lastRowEnd(chunk, from);
      if (end < 0) {
        this.wait(chunk.slice(from));
        return true;
      }
    }
    const ok = this.scan(chunk, from, end);
    if (ok && end < chunk.length) this.wait(chunk.slice(end));
    return ok;
  }

  private wait(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.waiting.push(bytes);
    this.waitingBytes += bytes.length;
  }
}
