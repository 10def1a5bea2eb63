/**
 * The one RFC 4180 state machine behind every delimited-text read. It is fed text in chunks of
 * any size, split anywhere (inside quotes, between \r and \n), and reports the same rows as if
 * it had been fed the whole text at once. It scans by char code and slices whole runs of
 * text, so a field costs one string, not one per character.
 */

/** More fields than a spreadsheet can hold (Excel: 16,384 columns) means this is not a table. */
export const MAX_FIELDS_PER_ROW = 16_384;

export type TokenProblem = 'unescaped-quote' | 'text-after-closing-quote' | 'unterminated-quote';

export interface TokenSink {
  /**
   * A finished row. `fieldCount` may exceed `cells.length`: fields past MAX_FIELDS_PER_ROW are
   * counted, not kept. `line` is the 1-based line the row starts on; `blankLine` says the row
   * came from a line with no characters at all (as opposed to `""`).
   */
  row(cells: string[], fieldCount: number, line: number, blankLine: boolean): void;
  /** `fieldIndex` is the 0-based field of the row the problem is in; `line` where it is. */
  problem(kind: TokenProblem, line: number, fieldIndex: number): void;
}

export interface Tokenizer {
  write(chunk: string): void;
  finish(): void;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BYTE_ORDER_MARK = 0xfeff;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

export function createTokenizer(delimiter: number, sink: TokenSink): Tokenizer {
  let state = FIELD_START;
  // The current field's text that is no longer in the chunk being scanned: earlier chunks, and
  // the parts of a quoted field before each "" escape.
  let pending = '';
  let cells: string[] = [];
  let fieldCount = 0;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let fieldReported = false;
  let lastCode = -1;
  let started = false;
  let finished = false;

  function pushField(value: string): void {
    if (fieldCount < MAX_FIELDS_PER_ROW) cells[fieldCount] = value;
    fieldCount += 1;
    pending = '';
    fieldReported = false;
  }

  function endRow(blankLine: boolean, nextRowLine: number): void {
    const row = cells;
    const count = fieldCount;
    const startLine = rowLine;
    const kept = Math.min(count, MAX_FIELDS_PER_ROW);
    if (row.length !== kept) row.length = kept;
    // Rows are usually as wide as the last one: sizing for it saves the slack of a growing array.
    cells = new Array<string>(kept);
    fieldCount = 0;
    rowLine = nextRowLine;
    sink.row(row, count, startLine, blankLine);
  }

  // Once per field: the rest of a broken field says nothing new.
  function report(kind: TokenProblem, atLine: number): void {
    if (fieldReported) return;
    fieldReported = true;
    sink.problem(kind, atLine, fieldCount);
  }

  function write(chunk: string): void {
    if (finished) throw new Error('Tokenizer.write called after finish');
    const n = chunk.length;
    if (n === 0) return;
    let i = 0;
    if (!started) {
      started = true;
      if (chunk.charCodeAt(0) === BYTE_ORDER_MARK) i = 1;
    }
    const d = delimiter;
    let st = state;
    let ln = line;
    let segment = i;
    while (i < n) {
      if (st === UNQUOTED) {
        let c = 0;
        while (i < n) {
          c = chunk.charCodeAt(i);
          if (c === d || c === QUOTE || c === CR || c === LF) break;
          i += 1;
        }
        if (i === n) break;
        if (c === QUOTE) {
          report('unescaped-quote', ln);
          i += 1;
          continue;
        }
        // Past the column limit the row is rejected anyway: count fields without copying them.
        if (fieldCount >= MAX_FIELDS_PER_ROW) pushField('');
        else
          pushField(pending === '' ? chunk.slice(segment, i) : pending + chunk.slice(segment, i));
        st = FIELD_START;
        i += 1;
        if (c !== d) {
          ln += 1;
          endRow(false, ln);
        }
      } else if (st === QUOTED) {
        while (i < n) {
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) break;
          if (c === CR) ln += 1;
          else if (c === LF && (i === 0 ? lastCode : chunk.charCodeAt(i - 1)) !== CR) ln += 1;
          i += 1;
        }
        if (i === n) break;
        pending += chunk.slice(segment, i);
        st = AFTER_QUOTE;
        i += 1;
      } else if (st === FIELD_START) {
        const c = chunk.charCodeAt(i);
        i += 1;
        if (c === QUOTE) {
          st = QUOTED;
          quoteLine = ln;
          segment = i;
        } else if (c === d) {
          pushField('');
        } else if (c === CR || c === LF) {
          const previous = i === 1 ? lastCode : chunk.charCodeAt(i - 2);
          // \n right after the \r that ended a row is part of that line break.
          if (c === LF && previous === CR && fieldCount === 0) continue;
          const blankLine = fieldCount === 0;
          pushField('');
          ln += 1;
          endRow(blankLine, ln);
        } else {
          st = UNQUOTED;
          segment = i - 1;
        }
      } else {
        const c = chunk.charCodeAt(i);
        i += 1;
        if (c === QUOTE) {
          pending += '"';
          st = QUOTED;
          segment = i;
        } else if (c === d) {
          pushField(pending);
          st = FIELD_START;
        } else if (c === CR || c === LF) {
          pushField(pending);
          st = FIELD_START;
          ln += 1;
          endRow(false, ln);
        } else {
          report('text-after-closing-quote', ln);
          st = UNQUOTED;
          segment = i - 1;
        }
      }
    }
    if (st === UNQUOTED || st === QUOTED) pending += chunk.slice(segment, n);
    state = st;
    line = ln;
    lastCode = chunk.charCodeAt(n - 1);
  }

  function finish(): void {
    if (finished) throw new Error('Tokenizer.finish called twice');
    finished = true;
    if (state === QUOTED) {
      sink.problem('unterminated-quote', quoteLine, fieldCount);
      return;
    }
    // A trailing line break ends the last row; it does not start an empty one.
    if (state === FIELD_START && fieldCount === 0) return;
    pushField(pending);
    endRow(false, line);
  }

  return { write, finish };
}
