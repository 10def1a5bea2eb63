import { SheetValueReader } from './sheet-cell';
import { readUsualCell, type UsualCell } from './sheet-cell-usual';
import { TagAttributes } from './tag-attributes';
import { isValueEnd, startsAt, tagEnd } from './xml-bytes';
import { WholeRows } from './sheet-xml-scanner-rows';
import { CellKind, XlsxRow } from './xlsx-row';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const ZERO = 0x30;

/** What the scanner needs from the rest of the workbook. */
export interface SheetContext {
  strings: readonly string[];
  /** Per cell style (the s attribute): whether its number format shows a date. */
  dateStyles: readonly boolean[];
  /** Cells a sheet may hold, as MAX_SHEET_CELLS. */
  cellBudget: number;
}

/**
 * Called with each row that holds a value, as sheetRows gives it: its row number and its cells
 * up to the last value. The row is reused for the next: copy() keeps it. Returning false stops
 * the scan.
 */
export type SheetRowCallback = (row: XlsxRow) => boolean;

export interface SheetXmlScanner {
  /** Reads more of the sheet's XML; false once it stopped (`problem` says why, if it did). */
  push(chunk: Uint8Array, last: boolean): boolean;
  problem: string | null;
  /** Cells of the rows read, as sheetRows counts them against its budget. */
  readonly cells: number;
}

/**
 * The rows of a worksheet's XML, read from its bytes as they are inflated, with SheetJS's
 * reading of each cell (cellFromSheetJs after read with the app's options): shared strings,
 * numbers, dates by number format, booleans. Formulas, inline strings, error and date-typed
 * cells, merged cells and anything it does not know stop it with a reason: the general reader
 * then reads the workbook.
 */
export function createSheetXmlScanner(
  context: SheetContext,
  onRow: SheetRowCallback,
): SheetXmlScanner {
  let inData = false;
  let dataDone = false;
  let lastRow = 0;
  let cellsLeft = context.cellBudget;
  let cellCount = 0;
  let stopped = false;

  const scanner: SheetXmlScanner = {
    problem: null,
    get cells() {
      return cellCount;
    },
    push(chunk, last) {
      if (stopped) return false;
      const ok = rows.push(chunk, last);
      if (ok && last && !dataDone) return stop('the sheet has no complete sheetData');
      return ok;
    },
  };
  const rows = new WholeRows((bytes, from, end) => scan(bytes, from, end));

  function stop(problem: string): false {
    scanner.problem ??= problem;
    stopped = true;
    return false;
  }

  function halt(problem: string): -1 {
    stop(problem);
    return -1;
  }

  const attributes = new TagAttributes();
  const values = new SheetValueReader(context);
  const usual: UsualCell = { column: 0, type: 0, style: 0, value: 0 };

  const row = new XlsxRow(context.strings);
  let rowNumber = 0;
  let column = -1;
  /** Columns of the row written so far (values or empty cells): cleared when it ends. */
  let filled = 0;

  function clearRow(): void {
    // A loop: rows are a few cells, fill() costs more in its call than in its work.
    const kinds = row.kinds;
    for (let k = 0; k < filled; k++) kinds[k] = CellKind.empty;
    filled = 0;
  }

  function endRow(): boolean {
    const kinds = row.kinds;
    let width = filled;
    while (width > 0 && kinds[width - 1] === CellKind.empty) width--;
    if (width === 0) {
      clearRow();
      return true;
    }
    cellsLeft -= width;
    cellCount += width;
    if (cellsLeft < 0) return stop('the sheet has too many cells');
    row.number = rowNumber;
    row.width = width;
    const more = onRow(row);
    clearRow();
    return more || stop('');
  }

  /** Reads one `<c …>` element from `at`; returns where it ends, or -1 to stop. */
  function readCell(bytes: Uint8Array, at: number, end: number): number {
    const usualEnd = readUsualCell(bytes, at, end, rowNumber, usual);
    if (
      usualEnd >= 0 &&
      usual.column > column &&
      values.putWhole(usual.type, usual.value, usual.style, row, usual.column)
    ) {
      column = usual.column;
      if (column >= filled) filled = column + 1;
      return usualEnd;
    }
    let close = attributes.readUsual(bytes, at + 2, end);
    if (close < 0) {
      close = tagEnd(bytes, at, end);
      if (close < 0) return halt('a cell is cut short');
      if (!attributes.read(bytes, at + 2, close - 1))
        return halt('a cell has attributes not read here');
    }
    if (attributes.r > 0) {
      let letters = 0;
      let k = attributes.rStart;
      for (; k < attributes.rEnd; k++) {
        const c = bytes[k] as number;
        if (c < 0x41 || c > 0x5a) break;
        letters = letters * 26 + (c - 0x40);
      }
      let digits = 0;
      for (let j = k; j < attributes.rEnd; j++) {
        const d = (bytes[j] as number) - ZERO;
        if (d < 0 || d > 9) return halt('a cell reference is not read here');
        digits = digits * 10 + d;
      }
      if (letters === 0 || digits !== rowNumber) return halt('a cell is not in its row');
      if (letters - 1 <= column) return halt('cells are out of order');
      column = letters - 1;
    } else column++;
    // The type by its bytes: n (or none), s, b; any other type stops the scan below.
    const typeLength = attributes.tEnd - attributes.tStart;
    const type =
      typeLength === 0 ? 0x6e : typeLength === 1 ? (bytes[attributes.tStart] as number) : 0;
    let valueStart = -1;
    let valueEnd = -1;
    let next = close;
    if (bytes[close - 2] !== SLASH) {
      // <v>…</v> and then </c>; a formula, an inline string or anything else stops the scan.
      if (bytes[next] !== LT || bytes[next + 1] !== 0x76 /* v */ || bytes[next + 2] !== GT) {
        if (startsAt(bytes, next, '</c>')) next += 4;
        else return halt('a cell holds a formula or an inline string');
      } else {
        // A value is a few bytes: a loop finds its end sooner than a call to indexOf.
        valueStart = next + 3;
        valueEnd = valueStart;
        while (valueEnd < end && bytes[valueEnd] !== LT) valueEnd++;
        if (valueEnd >= end || !isValueEnd(bytes, valueEnd)) {
          return halt('a cell holds more than a value');
        }
        next = valueEnd + 8;
      }
    }
    const problem = values.read(bytes, type, valueStart, valueEnd, attributes.s, row, column);
    if (problem !== null) return halt(problem);
    if (column >= filled) filled = column + 1;
    return next;
  }

  function scan(bytes: Uint8Array, from: number, end: number): boolean {
    let at = from;
    for (;;) {
      // Tags mostly follow one another: look further only when the next byte is not one.
      if (bytes[at] !== LT) at = bytes.indexOf(LT, at);
      if (at < 0 || at >= end) return true;
      const c = bytes[at + 1];
      if (
        c === 0x63 /* c */ &&
        (bytes[at + 2] === 0x20 || bytes[at + 2] === GT || bytes[at + 2] === SLASH)
      ) {
        if (!inData || rowNumber === 0) return stop('a cell outside a row');
        const next = readCell(bytes, at, end);
        if (next < 0) return false;
        at = next;
        continue;
      }
      if (
        c === 0x72 &&
        startsAt(bytes, at, '<row') &&
        (bytes[at + 4] === 0x20 || bytes[at + 4] === GT || bytes[at + 4] === SLASH)
      ) {
        if (!inData) return stop('a row outside sheetData');
        let close = attributes.readUsual(bytes, at + 4, end);
        if (close < 0) {
          close = tagEnd(bytes, at, end);
          if (close < 0 || !attributes.read(bytes, at + 4, close - 1))
            return stop('a row tag is not read here');
        }
        if (attributes.r < 0) return stop('a row without its number');
        let value = 0;
        for (let k = attributes.rStart; k < attributes.rEnd; k++) {
          const d = (bytes[k] as number) - ZERO;
          if (d < 0 || d > 9) return stop('a row number is not read here');
          value = value * 10 + d;
        }
        if (value <= lastRow) return stop('rows are out of order');
        lastRow = rowNumber = value;
        column = -1;
        clearRow();
        at = close;
        if (bytes[close - 2] === SLASH && !endRow()) return false;
        continue;
      }
      if (startsAt(bytes, at, '</row>')) {
        if (!endRow()) return false;
        rowNumber = 0;
        at += 6;
        continue;
      }
      if (startsAt(bytes, at, '<sheetData')) {
        const close = tagEnd(bytes, at, end);
        if (close < 0) return stop('sheetData is cut short');
        inData = bytes[close - 2] !== SLASH;
        if (!inData) dataDone = true;
        at = close;
        continue;
      }
      if (startsAt(bytes, at, '</sheetData>')) {
        inData = false;
        dataDone = true;
        at += 12;
        continue;
      }
      if (c === 0x21 /* ! */) return stop('the sheet has a declaration, comment or CDATA');
      if (inData) return stop('the sheet data holds an element not read here');
      if (startsAt(bytes, at, '<mergeCell')) return stop('the sheet has merged cells');
      const close = c === 0x3f /* ? */ ? bytes.indexOf(GT, at) + 1 : tagEnd(bytes, at, end);
      if (close <= 0) return stop('a tag is cut short');
      at = close;
    }
  }

  return scanner;
}
