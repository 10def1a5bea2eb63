import type { AheadCount, AheadShape } from './count-ahead-types';
import type { CsvTextScanner } from './csv-text-scanner';
import type { TextRowCounts } from './text-import-finish';

const LF = 0x0a;
/**
 * A row left to the scanner on its own costs several read from bytes: up to one row in
 * LEFT_SHARE of a piece (and a few more at its start) is; past that the piece is not of the
 * usual kind (names past ASCII, line breaks in quotes) and the scanner reads the rest of it.
 */
const LEFT_SHARE = 16;
const LEFT_ALLOWANCE = 64;

/**
 * A table reader's reading of its usual rows straight from ASCII bytes, counted as readRow
 * would count them; any other row it leaves, with nothing changed, to the scanner and readRow.
 */
export interface PlainRowKernel {
  /**
   * Reads the rows of bytes[at, end) (`view` on the same bytes), numbered from `firstRow`, up
   * to the first it does not take or the first cut by `end`: returns where that row starts,
   * with `taken` the rows read.
   */
  readRows(bytes: Uint8Array, view: DataView, at: number, end: number, firstRow: number): number;
  readonly taken: number;
  /** Told of each piece before its rows are read: `bytes` are the piece's until the next. */
  beginPiece?(bytes: Uint8Array): void;
  /** For a kernel whose rows a second reader can count (count-ahead.ts): the table's shape. */
  aheadShape?(): AheadShape;
  /** What that second reader counted, once every row it left was read here. */
  takeAhead?(count: AheadCount): void;
}

/** The fast text reader's state that reading a piece's rows from its bytes moves on. */
export interface PlainRowsContext {
  scanner: CsvTextScanner;
  counts: TextRowCounts;
  /** Whether the scanner has read all it was given: no cut row, character or CR pending. */
  scanned(): boolean;
  /** The text path: decodes the bytes and reads their rows with the scanner. */
  decodeAndScan(bytes: Uint8Array): boolean;
}

/**
 * Reads a piece of the body: the rows the kernel takes straight from the bytes, without
 * decoding them; a row it does not take is decoded to its line end and read by the scanner
 * (so by readRow), exactly as if the whole piece had been. Returns false when the scanner
 * stopped (a problem: the file is for the general reader).
 */
export function readPlainRows(
  bytes: Uint8Array,
  kernel: PlainRowKernel,
  context: PlainRowsContext,
): boolean {
  const { scanner, counts } = context;
  const n = bytes.length;
  let at = 0;
  if (!context.scanned()) {
    // The row the last piece cut (or the LF of its CR): for the scanner, to the first line end.
    const lineEnd = bytes.indexOf(LF) + 1;
    if (lineEnd === 0) return context.decodeAndScan(bytes);
    if (!context.decodeAndScan(bytes.subarray(0, lineEnd))) return false;
    if (!context.scanned()) return context.decodeAndScan(bytes.subarray(lineEnd));
    at = lineEnd;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, n);
  kernel.beginPiece?.(bytes);
  let left = 0;
  let taken = 0;
  while (at < n) {
    const next = kernel.readRows(bytes, view, at, n, scanner.line);
    const rows = kernel.taken;
    if (rows > 0) {
      // What the scanner's row callback counts for these rows.
      counts.blankInside += counts.blankRun;
      counts.blankRun = 0;
      counts.rows += rows;
      scanner.line += rows;
      taken += rows;
      at = next;
      if (at >= n) break;
    }
    if (++left * LEFT_SHARE > taken + LEFT_ALLOWANCE) {
      return context.decodeAndScan(bytes.subarray(at));
    }
    const lineEnd = bytes.indexOf(LF, at) + 1;
    if (lineEnd === 0) return context.decodeAndScan(bytes.subarray(at));
    if (!context.decodeAndScan(bytes.subarray(at, lineEnd))) return false;
    if (!context.scanned()) return context.decodeAndScan(bytes.subarray(lineEnd));
    at = lineEnd;
  }
  return true;
}
