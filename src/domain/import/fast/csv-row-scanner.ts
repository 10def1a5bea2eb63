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
const CR_CLASS = 3;
const LF_CLASS = 4;
const NUL_CLASS = 5;
const HIGH = 6;
/** Not a byte's class: the bytes ran out. */
const END = 7;

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
  const plainAbove = Math.max(QUOTE, delimiter < 0x80 ? delimiter : 0);
  const starts = new Int32Array(maxFields + 1);
  const ends = new Int32Array(maxFields + 1);
  const flags = new Uint8Array(maxFields + 1);
  let line = 1;
  // A row ended by a CR at the very end of a chunk: an LF opening the next one belongs to it.
  let lfPending = false;

  /**
   * A quoted field from its opening quote at `at`: stores it as field `count` and returns where
   * it ends (past the closing quote), or -1 when the bytes run out first (NEED_MORE unless at the
   * end, then the quote is unterminated), or -2 on a problem. Rare enough to leave the hot loop.
   */
  function quotedField(
    bytes: Uint8Array,
    at: number,
    to: number,
    atEnd: boolean,
    count: number,
  ): number {
    let i = at + 1;
    let fieldFlags = QUOTED;
    for (;;) {
      if (i >= to) {
        if (atEnd) scanner.problem = 'unterminated-quote';
        return atEnd ? -2 : -1;
      }
      const c = bytes[i] as number;
      if (c === QUOTE) {
        if (i + 1 >= to) {
          if (!atEnd) return -1;
          break;
        }
        if (bytes[i + 1] !== QUOTE) break;
        fieldFlags |= ESCAPED;
        i += 2;
        continue;
      }
      if (c === CR) quotedLines++;
      else if (c === LF) {
        if (bytes[i - 1] !== CR) quotedLines++;
      } else if (c >= 0x80) {
        const length = utf8SequenceLength(bytes, i, to);
        if (length < 0) {
          if (!atEnd && i + 4 > to) return -1;
          scanner.problem = 'invalid-utf-8';
          return -2;
        }
        fieldFlags |= NON_ASCII;
        i += length;
        continue;
      } else if (c === 0) {
        scanner.problem = 'nul-byte';
        return -2;
      }
      i++;
    }
    starts[count] = at + 1;
    ends[count] = i;
    flags[count] = fieldFlags;
    i++;
    const next = i < to ? (bytes[i] as number) : -1;
    if (next === -1 && !atEnd) return -1;
    if (next !== -1 && next !== delimiter && next !== CR && next !== LF) {
      scanner.problem = 'text-after-closing-quote';
      return -2;
    }
    return i;
  }

  // Line breaks inside the quoted fields of the row being read.
  let quotedLines = 0;

  const scanner: CsvRowScanner = {
    starts,
    ends,
    flags,
    get line() {
      return line;
    },
    problem: null,
    scan(bytes, from, to, atEnd, onRow) {
      if (to !== bytes.length) throw new Error('CsvRowScanner.scan reads to the end of its bytes');
      let i = from;
      if (lfPending && i < to) {
        lfPending = false;
        if (bytes[i] === LF) i++;
      }
      while (i < to) {
        const rowStart = i;
        const c = bytes[i] as number;
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
          const rowLine = line;
          line++;
          if (!onRow(1, rowLine, true)) return -1;
          continue;
        }
        quotedLines = 0;
        let count = 0;
        let fieldFlags = 0;
        starts[0] = i;
        flags[0] = 0;
        if (c === QUOTE) {
          const end = quotedField(bytes, i, to, atEnd, 0);
          if (end === -1) return rowStart;
          if (end === -2) return -1;
          i = end;
          fieldFlags = flags[0] as number;
        }
        // The hot loop: a plain byte costs a bounds check and one table look-up.
        for (;;) {
          let kind = END;
          while (i < to) {
            const byte = bytes[i] as number;
            // Most bytes are above every special ASCII byte: two comparisons, no look-up.
            if (byte > plainAbove && byte < 0x80) {
              i++;
              continue;
            }
            kind = classes[byte] as number;
            if (kind !== PLAIN) break;
            i++;
          }
          if (i >= to) kind = END;
          if (kind === DELIMITER) {
            if ((fieldFlags & QUOTED) === 0) ends[count] = i;
            flags[count] = fieldFlags;
            count++;
            if (count >= maxFields) {
              scanner.problem = 'too-many-fields';
              return -1;
            }
            i++;
            fieldFlags = 0;
            starts[count] = i;
            if (i < to && bytes[i] === QUOTE) {
              const end = quotedField(bytes, i, to, atEnd, count);
              if (end === -1) return rowStart;
              if (end === -2) return -1;
              i = end;
              fieldFlags = flags[count] as number;
            }
            continue;
          }
          if (kind === CR_CLASS || kind === LF_CLASS || kind === END) {
            if (kind === END && !atEnd) return rowStart;
            // A quoted field ends where its closing quote is; others where the delimiter is.
            if ((fieldFlags & QUOTED) === 0) ends[count] = i;
            flags[count] = fieldFlags;
            count++;
            if (kind === CR_CLASS) {
              i++;
              if (i < to) {
                if (bytes[i] === LF) i++;
              } else if (!atEnd) lfPending = true;
            } else if (i < to) i++;
            const rowLine = line;
            line += 1 + quotedLines;
            if (!onRow(count, rowLine, false)) return -1;
            break;
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
          scanner.problem = kind === QUOTE_CLASS ? 'unescaped-quote' : 'nul-byte';
          return -1;
        }
      }
      return i;
    },
  };
  return scanner;
}
