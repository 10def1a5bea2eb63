import { join, lastRowEnd, rowEndAfter } from './xml-bytes';

/**
 * Cuts a sheet's XML, as it comes in chunks, into runs of whole rows for `scan(bytes, from,
 * end)`: the row a chunk cuts waits for the next, joined with it up to its first row end only,
 * so each chunk is read where it is rather than copied. Chunks may be views their sender
 * reuses: what waits is a copy.
 */
export class WholeRows {
  private carry: Uint8Array = new Uint8Array(0);
  private readonly scan: (bytes: Uint8Array, from: number, end: number) => boolean;

  constructor(scan: (bytes: Uint8Array, from: number, end: number) => boolean) {
    this.scan = scan;
  }

  /** Scans the whole rows `chunk` ends (all of it when `last`); false once a scan said stop. */
  push(chunk: Uint8Array, last: boolean): boolean {
    let from = 0;
    if (this.carry.length > 0) {
      const firstEnd = last ? chunk.length : rowEndAfter(chunk, 0);
      if (firstEnd < 0) {
        this.carry = join(this.carry, chunk);
        return true;
      }
      const joined = join(this.carry, chunk.subarray(0, firstEnd));
      this.carry = new Uint8Array(0);
      if (!this.scan(joined, 0, joined.length)) return false;
      from = firstEnd;
    }
    let end = chunk.length;
    if (!last) {
      end = lastRowEnd(chunk, from);
      if (end < 0) {
        this.carry = chunk.slice(from);
        return true;
      }
    }
    const ok = this.scan(chunk, from, end);
    this.carry = ok && end < chunk.length ? chunk.slice(end) : new Uint8Array(0);
    return ok;
  }
}
