import { utf8SequenceLength } from './utf8';

/** Field flags, per field of the row being read. */
export const QUOTED = 1;
/** The quoted field holds "" escapes: its bytes are not its text. */
export const ESCAPED = 2;
/** The field holds bytes past ASCII. */
export const NON_ASCII = 4;

/** Why the scanner gave up: shapes the general reader reports (and words) better. */
export type ScanProblem =
  | 'unescaped-quote'
  | 'text-after-closing-quote'
  | 'unterminated-quote'
  | 'too-many-fields'
  | 'invalid-utf-8'
  | 'nul-byte';

/**
 * Receives each row. `count` fields sit in the scanner's starts/ends/flags; `line` is the
 * 1-based line the row starts on (line breaks inside quotes count, as in the general reader);
 * `blank` says the line had no characters at all. Returning false stops the scan.
 */
export type RowCallback = (count: number, line: number, blank: boolean) => boolean;

export interface CsvRowScanner {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** The line the next row starts on. */
  readonly line: number;
  problem: ScanProblem | null;
  /**
   * Reads the whole rows of bytes[from, to). Unless `atEnd`, a row cut by `to` is left for the
   * next call: the returned offset is where it starts. Returns -1 when the scan stopped (a
   * problem, or the callback said so).
   */
  scan(bytes: Uint8Array, from: number, to: number, atEnd: boolean, onRow: RowCallback): number;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

// Byte classes: 0 plain, 1 delimiter, 2 quote, 3 CR, 4 LF, 5 NUL, 6 past ASCII.
const PLAIN = 0;
const DELIMITER = 1;
const QUOTE_CLASS = 2;
const NUL_CLASS = 5;
const HIGH = 6;

function byteClasses(delimiter: number): Uint8Array {
  const classes = new Uint8Array(256);
  for (let b = 0x80; b < 256; b++) classes[b] = HIGH;
  classes[0] = NUL_CLASS;
  classes[QUOTE] = QUOTE_CLASS;
  classes[CR] = 3;
  classes[LF] = 4;
  classes[delimiter] = DELIMITER;
  return classes;
}

/**
 * The RFC 4180 reading of createTokenizer, on UTF-8 bytes and without a string per field: each
 * row's fields are byte ranges. It reads rows of at most `maxFields` fields (more is a problem:
 * the table's width is known before the body is read). Line numbers and blank lines follow the
 * general tokenizer exactly, so messages name the same lines.
 */
export function createCsvRowScanner(delimiter: number, maxFields: number): CsvRowScanner {
  const classes = byteClasses(delimiter);
  const starts = new Int32Array(maxFields + 1);
  const ends = new Int32Array(maxFields + 1);
  const flags = new Uint8Array(maxFields + 1);
  let line = 1;
  // A row ended by a CR at the very end of a chunk: an LF opening the next one belongs to it.
  let lfPending = false;

  const scanner: CsvRowScanner = {
    starts,
    ends,
    flags,
    get line() {
      return line;
    },
    problem: null,
    scan(bytes, from, to, atEnd, onRow) {
      let i = from;
      if (lfPending && i < to) {
        lfPending = false;
        if (bytes[i] === LF) i++;
      }
      rows: while (i < to) {
        const rowStart = i;
        const rowLine = line;
        let ln = line;
        let count = 0;
        let c = bytes[i] ?? 0;
        if (c === CR || c === LF) {
          i++;
          if (c === CR) {
            if (i < to) {
              if (bytes[i] === LF) i++;
            } else if (!atEnd) lfPending = true;
          }
          starts[0] = rowStart;
          ends[0] = rowStart;
          flags[0] = 0;
          line = ln + 1;
          if (!onRow(1, rowLine, true)) return -1;
          continue;
        }
        for (;;) {
          if (count >= maxFields) {
            scanner.problem = 'too-many-fields';
            return -1;
          }
          let fieldFlags = 0;
          let start = i;
          let end: number;
          if (i < to && bytes[i] === QUOTE) {
            fieldFlags = QUOTED;
            i++;
            start = i;
            for (;;) {
              if (i >= to) {
                if (!atEnd) return rowStart;
                scanner.problem = 'unterminated-quote';
                return -1;
              }
              c = bytes[i] ?? 0;
              if (c === QUOTE) {
                if (i + 1 < to) {
                  if (bytes[i + 1] !== QUOTE) break;
                  fieldFlags |= ESCAPED;
                  i += 2;
                  continue;
                }
                if (!atEnd) return rowStart;
                break;
              }
              if (c === CR) ln++;
              else if (c === LF) {
                if (bytes[i - 1] !== CR) ln++;
              } else if (c >= 0x80) {
                const length = utf8SequenceLength(bytes, i, to);
                if (length < 0) {
                  if (!atEnd && i + 4 > to) return rowStart;
                  scanner.problem = 'invalid-utf-8';
                  return -1;
                }
                fieldFlags |= NON_ASCII;
                i += length;
                continue;
              } else if (c === 0) {
                scanner.problem = 'nul-byte';
                return -1;
              }
              i++;
            }
            end = i;
            i++;
            c = i < to ? (bytes[i] ?? 0) : -1;
            if (c !== delimiter && c !== CR && c !== LF && c !== -1) {
              scanner.problem = c === QUOTE ? 'unescaped-quote' : 'text-after-closing-quote';
              return -1;
            }
            if (c === -1 && !atEnd) return rowStart;
          } else {
            let kind = PLAIN;
            while (i < to) {
              kind = classes[bytes[i] ?? 0] ?? 0;
              if (kind === PLAIN) {
                i++;
                continue;
              }
              if (kind === HIGH) {
                const length = utf8SequenceLength(bytes, i, to);
                if (length < 0) {
                  if (!atEnd && i + 4 > to) return rowStart;
                  scanner.problem = 'invalid-utf-8';
                  return -1;
                }
                fieldFlags |= NON_ASCII;
                i += length;
                continue;
              }
              break;
            }
            if (i >= to) {
              if (!atEnd) return rowStart;
              c = -1;
            } else {
              c = bytes[i] ?? 0;
              if (kind === QUOTE_CLASS) {
                scanner.problem = 'unescaped-quote';
                return -1;
              }
              if (kind === NUL_CLASS) {
                scanner.problem = 'nul-byte';
                return -1;
              }
            }
            end = i;
          }
          starts[count] = start;
          ends[count] = end;
          flags[count] = fieldFlags;
          count++;
          if (c === delimiter) {
            i++;
            continue;
          }
          // End of the row: CR, LF, CRLF, or the end of the input.
          if (c === CR) {
            i++;
            if (i < to) {
              if (bytes[i] === LF) i++;
            } else if (!atEnd) lfPending = true;
          } else if (c === LF) i++;
          line = ln + 1;
          if (!onRow(count, rowLine, false)) return -1;
          continue rows;
        }
      }
      return i;
    },
  };
  return scanner;
}
