import type { Cell } from '../types';

/** What a sheet cell holds, as XlsxRow keeps it: its kind, and its value as a number. */
export const CellKind = {
  /** No value (null): no cell, an empty value, an empty shared string. */
  empty: 0,
  number: 1,
  /** A number styled as a date: its calendar day. */
  date: 2,
  /** A shared string that is not empty: its index among the shared strings. */
  shared: 3,
  true: 4,
  false: 5,
} as const;

/**
 * One row of a sheet as the scanner reads it: a kind and a number per column, no Cell and no
 * string per cell (a shared string is its index, a date its day). The scanner reuses one row;
 * copy() keeps one, cells() gives the Cells sheetRows would.
 */
export class XlsxRow {
  /** The row's number in the sheet (1-based). */
  number = 0;
  /** Columns up to the last that holds a value. */
  width = 0;
  kinds: Uint8Array;
  values: Float64Array;
  readonly strings: readonly string[];

  constructor(strings: readonly string[], capacity = 16) {
    this.strings = strings;
    this.kinds = new Uint8Array(capacity);
    this.values = new Float64Array(capacity);
  }

  /** Sets column `column`'s kind and value, growing the row when it is past its capacity. */
  put(column: number, kind: number, value: number): void {
    if (column >= this.kinds.length) this.grow(column + 1);
    this.kinds[column] = kind;
    this.values[column] = value;
  }

  private grow(columns: number): void {
    const capacity = Math.max(columns, this.kinds.length * 2);
    const kinds = new Uint8Array(capacity);
    const values = new Float64Array(capacity);
    kinds.set(this.kinds);
    values.set(this.values);
    this.kinds = kinds;
    this.values = values;
  }

  /** The cell of column `column`, as sheetRows gives it. */
  cellAt(column: number): Cell {
    if (column >= this.width) return null;
    const value = this.values[column] as number;
    switch (this.kinds[column]) {
      case CellKind.number:
        return value;
      case CellKind.date:
        return { kind: 'date', day: value };
      case CellKind.shared:
        return this.strings[value] ?? null;
      case CellKind.true:
        return true;
      case CellKind.false:
        return false;
      default:
        return null;
    }
  }

  /** The row's cells up to its last value (holes are null), as sheetRows gives them. */
  cells(): Cell[] {
    const cells: Cell[] = [];
    for (let column = 0; column < this.width; column++) cells.push(this.cellAt(column));
    return cells;
  }

  /** A row of its own with the same number and cells. */
  copy(): XlsxRow {
    const kept = new XlsxRow(this.strings, Math.max(1, this.width));
    kept.number = this.number;
    kept.width = this.width;
    kept.kinds.set(this.kinds.subarray(0, this.width));
    kept.values.set(this.values.subarray(0, this.width));
    return kept;
  }
}
