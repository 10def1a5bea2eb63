import { ESCAPED, QUOTED, type RowCallback, type ScanProblem } from './csv-fields';

export interface CsvTextScanner {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** The line the next row starts on (a reader that takes a row itself moves it on). */
  line: number;
  /** The last text ended with a CR: an LF opening the next one belongs to its row. */
  readonly lfPending: boolean;
  problem: ScanProblem | null;
  /**
   * Reads the whole rows of text[from, text.length). Unless `atEnd`, a row cut by the end is
   * left for the next call: the returned offset is where it starts. Returns -1 when the scan
   * stopped (a problem, or the callback said so).
   */
  scan(text: string, from: number, atEnd: boolean, onRow: RowCallback): number;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;
/** readQuotedRow's answers besides a field count. */
const NEED_MORE = -1;
const STOPPED = -2;

/**
 * Where `search` next occurs in `text` from `from`, or text.length when it does not. String
 * indexOf is native (memchr on one-byte strings): a row of plain fields costs one call per
 * delimiter and one per line, where a loop in JavaScript would look at every character.
 */
function next(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/**
 * The fast reader's one scanner of delimited text: the general tokenizer's rows, lines and
 * problems (RFC 4180) on decoded text, fields as ranges of code units. A row without quotes, CR or NUL (most rows) is
 * cut at the delimiters by indexOf; the next quote, CR and NUL are each looked for once per
 * stretch of text, not once per row. Other rows are read character by character.
 */
class TextScanner implements CsvTextScanner {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  line = 1;
  problem: ScanProblem | null = null;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly maxFields: number;
  lfPending = false;
  /** Set by readQuotedRow: where the row it read ends, and its line breaks inside quotes. */
  private rowEnd = 0;
  private quotedLines = 0;
  /** Whether flags may hold anything but 0. */
  private flagsSet = false;

  constructor(delimiter: number, maxFields: number) {
    this.delimiter = String.fromCharCode(delimiter);
    this.delimiterCode = delimiter;
    this.maxFields = maxFields;
    this.starts = new Int32Array(maxFields + 1);
    this.ends = new Int32Array(maxFields + 1);
    this.flags = new Uint8Array(maxFields + 1);
  }

  scan(text: string, from: number, atEnd: boolean, onRow: RowCallback): number {
    const n = text.length;
    const { starts, ends, flags, delimiter, maxFields } = this;
    let i = from;
    if (this.lfPending && i < n) {
      this.lfPending = false;
      if (text.charCodeAt(i) === LF) i++;
    }
    let nextDelimiter = next(text, delimiter, i);
    let nextQuote = next(text, '"', i);
    let nextCr = next(text, '\r', i);
    let nextNul = next(text, '\u0000', i);
    while (i < n) {
      const rowStart = i;
      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        i++;
        if (c === CR) {
          if (i < n) {
            if (text.charCodeAt(i) === LF) i++;
          } else if (!atEnd) this.lfPending = true;
        }
        starts[0] = rowStart;
        ends[0] = rowStart;
        flags[0] = 0;
        if (!onRow(1, this.line++, true)) return -1;
        continue;
      }
      let lineFeed = text.indexOf('\n', i);
      if (lineFeed < 0) lineFeed = n;
      if (nextCr < i) nextCr = next(text, '\r', i);
      if (nextQuote < i) nextQuote = next(text, '"', i);
      if (nextNul < i) nextNul = next(text, '\u0000', i);
      const lineEnd = nextCr < lineFeed ? nextCr : lineFeed;
      if (nextQuote < lineEnd || nextNul < lineEnd) {
        this.flagsSet = true;
        const count = this.readQuotedRow(text, i, atEnd);
        if (count === NEED_MORE) return rowStart;
        if (count === STOPPED) return -1;
        i = this.rowEnd;
        if (nextDelimiter < i) nextDelimiter = next(text, delimiter, i);
        const rowLine = this.line;
        this.line += 1 + this.quotedLines;
        if (!onRow(count, rowLine, false)) return -1;
        continue;
      }
      if (lineEnd === n && !atEnd) return rowStart;
      // Flags are only ever set by a row with quotes: the plain rows after it clear them once.
      if (this.flagsSet) {
        flags.fill(0);
        this.flagsSet = false;
      }
      let count = 0;
      let start = i;
      while (nextDelimiter < lineEnd) {
        starts[count] = start;
        ends[count] = nextDelimiter;
        if (++count >= maxFields) {
          this.problem = 'too-many-fields';
          return -1;
        }
        start = nextDelimiter + 1;
        nextDelimiter = next(text, delimiter, start);
      }
      starts[count] = start;
      ends[count] = lineEnd;
      count++;
      // Never past n: then `return i` needs no compare (no feedback: a deopt every piece).
      i = lineEnd < n ? lineEnd + 1 : n;
      if (lineEnd === nextCr) {
        if (i < n) {
          if (text.charCodeAt(i) === LF) i++;
        } else if (!atEnd) this.lfPending = true;
      }
      if (!onRow(count, this.line++, false)) return -1;
    }
    return i;
  }

  /**
   * A row with quotes (or a NUL) from `at`, character by character: returns its field count and
   * sets rowEnd and quotedLines; NEED_MORE when the text ends inside it, STOPPED on a problem.
   */
  private readQuotedRow(text: string, at: number, atEnd: boolean): number {
    const n = text.length;
    const { starts, ends, flags, delimiterCode, maxFields } = this;
    this.quotedLines = 0;
    let count = 0;
    let i = at;
    for (;;) {
      starts[count] = i;
      let fieldFlags = 0;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const end = this.quotedField(text, i, atEnd, count);
        if (end < 0) return end;
        i = end;
        fieldFlags = flags[count] as number;
      }
      let c = -1;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === delimiterCode || c === CR || c === LF) break;
        if (c === QUOTE || c === NUL) {
          this.problem = c === QUOTE ? 'unescaped-quote' : 'nul-byte';
          return STOPPED;
        }
        i++;
      }
      if (i >= n && !atEnd) return NEED_MORE;
      // A quoted field ends where its closing quote is; others where the delimiter is.
      if ((fieldFlags & QUOTED) === 0) ends[count] = i;
      flags[count] = fieldFlags;
      count++;
      if (i >= n) {
        this.rowEnd = n;
        return count;
      }
      i++;
      if (c === delimiterCode) {
        if (count >= maxFields) {
          this.problem = 'too-many-fields';
          return STOPPED;
        }
        continue;
      }
      if (c === CR) {
        if (i < n) {
          if (text.charCodeAt(i) === LF) i++;
        } else if (!atEnd) this.lfPending = true;
      }
      this.rowEnd = i;
      return count;
    }
  }

  /**
   * A quoted field from its opening quote at `at`, stored as field `index`: returns where it
   * ends (past the closing quote), NEED_MORE when the text runs out first (unless at the end:
   * then the quote is unterminated), or STOPPED on a problem.
   */
  private quotedField(text: string, at: number, atEnd: boolean, index: number): number {
    const n = text.length;
    let i = at + 1;
    let fieldFlags = QUOTED;
    for (;;) {
      if (i >= n) {
        if (!atEnd) return NEED_MORE;
        this.problem = 'unterminated-quote';
        return STOPPED;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        if (i + 1 >= n) {
          if (!atEnd) return NEED_MORE;
          break;
        }
        if (text.charCodeAt(i + 1) !== QUOTE) break;
        fieldFlags |= ESCAPED;
        i += 2;
        continue;
      }
      if (c === CR) this.quotedLines++;
      else if (c === LF) {
        if (text.charCodeAt(i - 1) !== CR) this.quotedLines++;
      } else if (c === NUL) {
        this.problem = 'nul-byte';
        return STOPPED;
      }
      i++;
    }
    this.starts[index] = at + 1;
    this.ends[index] = i;
    this.flags[index] = fieldFlags;
    i++;
    if (i >= n) return atEnd ? i : NEED_MORE;
    const next = text.charCodeAt(i);
    if (next !== this.delimiterCode && next !== CR && next !== LF) {
      this.problem = 'text-after-closing-quote';
      return STOPPED;
    }
    return i;
  }
}

/** A scanner of rows of at most `maxFields` fields (more is a problem) on decoded text. */
export function createCsvTextScanner(delimiter: number, maxFields: number): CsvTextScanner {
  return new TextScanner(delimiter, maxFields);
}
