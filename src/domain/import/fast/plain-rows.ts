import { NOT_CUT, type AsciiRows } from './ascii-rows';
import type { CsvTextScanner } from './csv-text-scanner';
import type { CsvTextSource } from './csv-text-source';
import type { TableReader } from './daily-reader';
import type { TextRowCounts } from './text-import-finish';

const LF = 0x0a;
/**
 * A row left to the scanner on its own costs several cut from bytes: up to one row in
 * LEFT_SHARE of a piece (and a few more at its start) is; past that the piece is not of the
 * usual kind (names past ASCII, line breaks in quotes) and the scanner reads the rest of it.
 */
const LEFT_SHARE = 16;
const LEFT_ALLOWANCE = 64;

/** The fast text reader's state that reading a piece's rows from its bytes moves on. */
export interface PlainRowsContext {
  source: CsvTextSource;
  reader: TableReader;
  scanner: CsvTextScanner;
  counts: TextRowCounts;
  width: number;
  /** Whether the scanner has read all it was given: no cut row, character or CR pending. */
  scanned(): boolean;
  /** The text path: decodes the bytes and reads their rows with the scanner. */
  decodeAndScan(bytes: Uint8Array): boolean;
}

/**
 * Reads a piece of the body: each row AsciiRows cuts is read by the reader's readPlainText,
 * straight from the bytes, without decoding them; a row either of them does not take is decoded
 * to its line end and read by the scanner (so by readRow), exactly as if the whole piece had
 * been. Returns false when the scanner stopped (a problem: the file is for the general reader).
 */
export function readPlainRows(
  bytes: Uint8Array,
  asciiRows: AsciiRows,
  context: PlainRowsContext,
): boolean {
  const { source, reader, scanner, counts, width } = context;
  const readPlain = reader.readPlainText;
  if (readPlain === undefined) return context.decodeAndScan(bytes);
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
  source.view = view;
  source.textOfView = true;
  let left = 0;
  let taken = 0;
  while (at < n) {
    const next = asciiRows.cut(bytes, view, at, n);
    if (next !== NOT_CUT) {
      source.count = width;
      source.row = scanner.line;
      if (readPlain(source)) {
        // What the scanner's row callback counts for a row.
        counts.blankInside += counts.blankRun;
        counts.blankRun = 0;
        counts.rows++;
        scanner.line++;
        taken++;
        at = next;
        continue;
      }
    }
    if (++left * LEFT_SHARE > taken + LEFT_ALLOWANCE) {
      return context.decodeAndScan(bytes.subarray(at));
    }
    const lineEnd = bytes.indexOf(LF, at) + 1;
    if (lineEnd === 0) return context.decodeAndScan(bytes.subarray(at));
    if (!context.decodeAndScan(bytes.subarray(at, lineEnd))) return false;
    if (!context.scanned()) return context.decodeAndScan(bytes.subarray(lineEnd));
    at = lineEnd;
    source.view = view;
    source.textOfView = true;
  }
  return true;
}
