import { readDateCell, readNumberCell, type CellProblem } from '../normalise/read-cell';
import type { ColumnMapping } from '../normalise/types';
import type { FingerprintList } from './byte-keys';
import type { DateEvidence, NumberEvidenceTally } from './column-evidence';
import { IsoDayCache, WordFingerprint } from './ascii-words';
import { ESCAPED } from './csv-fields';
import type { CsvTextScanner } from './csv-text-scanner';
import { DateParts } from './date-parts';
import type { LabelTable } from './labels';
import type { RowSource } from './row-source';

const DASH = 0x2d;
const ZERO = 0x30;
/** Up to this many digits a number read digit by digit is exactly what Number() reads. */
const MAX_PLAIN_DIGITS = 15;

/** Whitespace as String.prototype.trim removes it, in ASCII; past ASCII the caller asks trim. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * The row the text scanner just read, read cell by cell from its code units. Dates in their
 * usual forms (2019-06-29, 6/29/2019) and whole numbers are read from char codes; anything else
 * is sliced and read by the general cell readers, so every reading is theirs.
 */
export class CsvTextSource implements RowSource {
  row = 0;
  problem: CellProblem | null = null;
  /** The text the row is in. */
  chunk = '';
  /**
   * The chunk's bytes when it is all ASCII and read where it was decoded (offsets in the text
   * are offsets in the bytes): dates, names and VINs are then read four bytes at a time.
   */
  view: DataView | null = null;
  count = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly parts = new DateParts();
  private readonly isoDays = new IsoDayCache();
  private readonly vin = new WordFingerprint();

  constructor(scanner: CsvTextScanner) {
    this.starts = scanner.starts;
    this.ends = scanner.ends;
    this.flags = scanner.flags;
  }

  /** The cell's text as the general reader gives it: quotes undone, "" as one quote. */
  text(index: number): string {
    if (index >= this.count) return '';
    const text = this.chunk.slice(this.starts[index], this.ends[index]);
    return ((this.flags[index] as number) & ESCAPED) === 0 ? text : text.replaceAll('""', '"');
  }

  isEmpty(): boolean {
    const text = this.chunk;
    for (let f = 0; f < this.count; f++) {
      const end = this.ends[f] as number;
      let high = false;
      for (let i = this.starts[f] as number; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) high = true;
        else if (!isAsciiSpace(code)) return false;
      }
      if (high && this.text(f).trim() !== '') return false;
    }
    return true;
  }

  date(column: ColumnMapping, evidence: DateEvidence | null): number {
    this.problem = null;
    const index = column.index;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    if (index < this.count) {
      if (start === end) return NaN;
      if (((this.flags[index] as number) & ESCAPED) === 0) {
        const view = this.view;
        if (view !== null && end - start === 10) {
          const day = this.isoDays.day(view, start);
          if (!Number.isNaN(day)) {
            evidence?.addYearFirst();
            return day;
          }
        }
        const day = this.parts.read(this.chunk, start, end, column, evidence, this, index);
        if (!Number.isNaN(day)) return day;
      }
    }
    const text = this.text(index);
    evidence?.addCell(text);
    const reading = readDateCell(text, column, false);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  number(column: ColumnMapping, evidence: NumberEvidenceTally | null): number {
    this.problem = null;
    const index = column.index;
    if (index < this.count) {
      const start = this.starts[index] as number;
      const end = this.ends[index] as number;
      if (start === end) return NaN;
      const text = this.chunk;
      const negative = text.charCodeAt(start) === DASH;
      let i = negative ? start + 1 : start;
      const digits = end - i;
      if (
        digits > 0 &&
        digits <= MAX_PLAIN_DIGITS &&
        ((this.flags[index] as number) & ESCAPED) === 0
      ) {
        let value = 0;
        for (; i < end; i++) {
          const d = text.charCodeAt(i) - ZERO;
          if (d < 0 || d > 9) break;
          value = value * 10 + d;
        }
        // Plain digits say nothing about the locale: detectNumberLocale ignores them.
        if (i === end) return negative ? -value : value;
      }
    }
    const text = this.text(index);
    evidence?.addCell(text);
    const reading = readNumberCell(text, column);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  label(index: number, labels: LabelTable): number {
    if (index >= this.count) return labels.ofName('');
    if (((this.flags[index] as number) & ESCAPED) !== 0) {
      return labels.ofText(this.text(index).trim());
    }
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    const id =
      this.view === null
        ? labels.knownText(this.chunk, start, end)
        : labels.knownView(this.view, start, end);
    return id >= 0 ? id : labels.learn(this.text(index).trim());
  }

  fingerprint(index: number, keys: FingerprintList): void {
    if (index >= this.count) return;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    if (start === end) return;
    const view = this.view;
    const text = this.chunk;
    // An ASCII row's bytes are its code units.
    const first = view === null ? text.charCodeAt(start) : view.getUint8(start);
    const last = view === null ? text.charCodeAt(end - 1) : view.getUint8(end - 1);
    // Printable ASCII at both ends: trimming changes nothing, so the range is the text.
    const trimmed = first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80;
    const vin = this.vin;
    if (trimmed && ((this.flags[index] as number) & ESCAPED) === 0) {
      if (view === null) vin.ofText(text, start, end);
      else vin.ofView(view, start, end);
    } else {
      const cell = this.text(index).trim();
      if (cell === '') return;
      vin.ofText(cell, 0, cell.length);
    }
    keys.addPair(vin.first, vin.second);
  }
}
