const LF = 0x0a;
const EMPTY = new Uint8Array(0);

/** Bytes decoded and scanned at a time: a piece's bytes and text stay in cache meanwhile. */
export const PIECE_BYTES = 1 << 17;

/**
 * Reads `bytes` in pieces of about `size`, each ending at a line end where there is one in it:
 * a row cut between two pieces would be decoded and read by the scanner, not by the kernel.
 */
export function readLinePieces(
  bytes: Uint8Array,
  read: (piece: Uint8Array) => boolean,
  size = PIECE_BYTES,
): boolean {
  for (let at = 0; at < bytes.length;) {
    let end = Math.min(bytes.length, at + size);
    if (end < bytes.length) {
      const lineEnd = bytes.lastIndexOf(LF, end - 1) + 1;
      if (lineEnd > at) end = lineEnd;
    }
    if (!read(bytes.subarray(at, end))) return false;
    at = end;
  }
  return true;
}

/**
 * Gives a stream's chunks on as pieces that end at line ends: the row a chunk cuts is held
 * and given whole with the next chunk's first line, so that the kernel reads it from its bytes
 * (a file of 64 KiB chunks cuts a row two thousand times). A chunk with no line end is given on
 * as it comes, so a file without LF is never held whole.
 */
export class WholeLines {
  private cut: Uint8Array = EMPTY;

  push(chunk: Uint8Array, read: (piece: Uint8Array) => boolean): boolean {
    let from = 0;
    if (this.cut.length > 0) {
      const lineEnd = chunk.indexOf(LF) + 1;
      const cut = this.cut;
      this.cut = EMPTY;
      if (lineEnd === 0) return read(cut) && readLinePieces(chunk, read);
      const row = new Uint8Array(cut.length + lineEnd);
      row.set(cut);
      row.set(chunk.subarray(0, lineEnd), cut.length);
      if (!read(row)) return false;
      from = lineEnd;
    }
    const lastLineEnd = chunk.lastIndexOf(LF) + 1;
    if (lastLineEnd <= from) return readLinePieces(chunk.subarray(from), read);
    if (!readLinePieces(chunk.subarray(from, lastLineEnd), read)) return false;
    // Copied: a caller may reuse its buffer.
    this.cut = chunk.slice(lastLineEnd);
    return true;
  }

  /** Whether a row cut by the last chunk is held. */
  get holding(): boolean {
    return this.cut.length > 0;
  }

  /** Gives the last row held, if any (a file that does not end with a line end). */
  end(read: (piece: Uint8Array) => boolean): boolean {
    const cut = this.cut;
    this.cut = EMPTY;
    return cut.length === 0 || read(cut);
  }
}
