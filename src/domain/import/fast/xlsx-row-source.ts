import { cellText } from '../normalise/cell-text';
import { readDateCell, readNumberCell, type CellProblem } from '../normalise/read-cell';
import { isNoValueText } from '../normalise/number-text';
import type { ColumnMapping } from '../normalise/types';
import type { FingerprintList } from './byte-keys';
import type { DateEvidence, NumberEvidenceTally } from './column-evidence';
import type { LabelTable } from './labels';
import type { RowSource } from './row-source';
import { CellKind, XlsxRow } from './xlsx-row';

/** In a blankness cache: not looked at yet, blank once trimmed, or not. */
const UNKNOWN = 0;
const BLANK = 1;
const NOT_BLANK = 2;

/**
 * A sheet row (an XlsxRow) read for the fast readers: dates, numbers and shared strings taken
 * straight from the row, anything else through the general cell readers on its Cell.
 */
export class XlsxRowSource implements RowSource {
  problem: CellProblem | null = null;
  current: XlsxRow;
  private readonly uses1904 = false;
  private readonly strings: readonly string[];
  /** Per shared string: whether it is blank once trimmed (UNKNOWN until asked). */
  private readonly blankStrings: Uint8Array;
  // The label of each shared string seen, per table of labels (+1: 0 is not looked up yet). A
  // reader asks of two or three tables, row after row: a short list beats a Map's hashing.
  private readonly labelTables: LabelTable[] = [];
  private readonly labelCaches: Int32Array[] = [];

  constructor(strings: readonly string[]) {
    this.strings = strings;
    this.blankStrings = new Uint8Array(strings.length);
    this.current = new XlsxRow(strings);
  }

  get row(): number {
    return this.current.number;
  }

  isEmpty(): boolean {
    const { kinds, values, width } = this.current;
    for (let column = 0; column < width; column++) {
      const kind = kinds[column];
      if (kind === CellKind.empty) continue;
      if (kind !== CellKind.shared) return false;
      const index = values[column] as number;
      let blank = this.blankStrings[index];
      if (blank === UNKNOWN) {
        blank = (this.strings[index] ?? '').trim() === '' ? BLANK : NOT_BLANK;
        this.blankStrings[index] = blank;
      }
      if (blank === NOT_BLANK) return false;
    }
    return true;
  }

  date(column: ColumnMapping, evidence: DateEvidence | null): number {
    this.problem = null;
    const row = this.current;
    const kind = column.index < row.width ? row.kinds[column.index] : CellKind.empty;
    if (kind === CellKind.empty) return NaN;
    if (kind === CellKind.date) {
      evidence?.addYearFirst();
      return row.values[column.index] as number;
    }
    const cell = row.cellAt(column.index);
    evidence?.addCell(cell);
    const reading = readDateCell(cell, column, this.uses1904);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  number(column: ColumnMapping, evidence: NumberEvidenceTally | null): number {
    this.problem = null;
    const row = this.current;
    const kind = column.index < row.width ? row.kinds[column.index] : CellKind.empty;
    if (kind === CellKind.empty) return NaN;
    const value = row.values[column.index] as number;
    if (kind === CellKind.number && Number.isFinite(value)) return value;
    const cell = row.cellAt(column.index);
    if (typeof cell === 'string' && isNoValueText(cell)) return NaN;
    evidence?.addCell(cell);
    const reading = readNumberCell(cell, column);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  label(index: number, labels: LabelTable): number {
    const row = this.current;
    if (index >= row.width || row.kinds[index] !== CellKind.shared) {
      return labels.ofText(cellText(row.cellAt(index)));
    }
    const cache = this.labelCacheOf(labels);
    const string = row.values[index] as number;
    let id = (cache[string] as number) - 1;
    if (id < 0) {
      id = labels.ofText((this.strings[string] ?? '').trim());
      cache[string] = id + 1;
    }
    return id;
  }

  private labelCacheOf(labels: LabelTable): Int32Array {
    const known = this.labelTables.indexOf(labels);
    if (known >= 0) return this.labelCaches[known] as Int32Array;
    const cache = new Int32Array(this.strings.length);
    this.labelTables.push(labels);
    this.labelCaches.push(cache);
    return cache;
  }

  fingerprint(index: number, keys: FingerprintList): void {
    const row = this.current;
    const text =
      index < row.width && row.kinds[index] === CellKind.shared
        ? (this.strings[row.values[index] as number] ?? '').trim()
        : cellText(row.cellAt(index));
    if (text !== '') keys.addText(text);
  }
}
