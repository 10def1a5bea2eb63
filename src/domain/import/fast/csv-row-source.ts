import { readDateCell, readNumberCell, type CellProblem } from '../normalise/read-cell';
import type { ColumnMapping } from '../normalise/types';
import { utf8Bytes, type FingerprintList } from './byte-keys';
import { realCivilDay } from './civil-day';
import { dayOfDateParts } from './date-parts';
import type { DateEvidence, NumberEvidenceTally } from './column-evidence';
import { ESCAPED, type CsvRowScanner } from './csv-row-scanner';
import type { LabelTable } from './labels';
import type { RowSource } from './row-source';
import { decodeUtf8 } from './utf8';

const DASH = 0x2d;
const SLASH = 0x2f;
const DOT = 0x2e;
const ZERO = 0x30;
/** Up to this many digits a number read digit by digit is exactly what Number() reads. */
const MAX_PLAIN_DIGITS = 15;

function isSeparator(byte: number): boolean {
  return byte === DASH || byte === SLASH || byte === DOT;
}

/** ASCII whitespace as String.prototype.trim removes it. */
function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/**
 * The row the CSV scanner just read, read cell by cell from its bytes. Dates in their usual
 * forms (2019-06-29, 6/29/2019) and whole numbers are read straight from the bytes; anything
 * else is decoded and read by the general cell readers, so every reading is theirs.
 */
export class CsvRowSource implements RowSource {
  row = 0;
  problem: CellProblem | null = null;
  bytes: Uint8Array = new Uint8Array(0);
  count = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  // The parts of the last date read fast: a[sep]b[sep]c.
  private partA = 0;
  private partB = 0;
  private partC = 0;
  private digitsA = 0;
  private digitsC = 0;
  private partValue = 0;
  private partDigits = 0;

  constructor(scanner: CsvRowScanner) {
    this.starts = scanner.starts;
    this.ends = scanner.ends;
    this.flags = scanner.flags;
  }

  /** The cell's text as the general reader gives it: quotes undone, "" as one quote. */
  text(index: number): string {
    if (index >= this.count) return '';
    const text = decodeUtf8(this.bytes, this.starts[index] ?? 0, this.ends[index] ?? 0);
    return ((this.flags[index] ?? 0) & ESCAPED) === 0 ? text : text.replaceAll('""', '"');
  }

  isEmpty(): boolean {
    const bytes = this.bytes;
    for (let f = 0; f < this.count; f++) {
      const end = this.ends[f] ?? 0;
      let high = false;
      for (let i = this.starts[f] ?? 0; i < end; i++) {
        const byte = bytes[i] ?? 0;
        if (byte >= 0x80) high = true;
        else if (!isAsciiSpace(byte)) return false;
      }
      if (high && this.text(f).trim() !== '') return false;
    }
    return true;
  }

  date(column: ColumnMapping, evidence: DateEvidence | null): number {
    this.problem = null;
    const index = column.index;
    const start = this.starts[index] ?? 0;
    const end = this.ends[index] ?? 0;
    if (index < this.count && start === end) return NaN;
    const bytes = this.bytes;
    // 2019-06-29, the usual form, by fixed positions: no loop, no split.
    if (end - start === 10 && bytes[start + 4] === DASH && bytes[start + 7] === DASH) {
      const y0 = (bytes[start] as number) - ZERO;
      const y1 = (bytes[start + 1] as number) - ZERO;
      const y2 = (bytes[start + 2] as number) - ZERO;
      const y3 = (bytes[start + 3] as number) - ZERO;
      const m0 = (bytes[start + 5] as number) - ZERO;
      const m1 = (bytes[start + 6] as number) - ZERO;
      const d0 = (bytes[start + 8] as number) - ZERO;
      const d1 = (bytes[start + 9] as number) - ZERO;
      // As unsigned, a byte below '0' is huge: one comparison per digit checks both ends.
      if (
        y0 >>> 0 <= 9 &&
        y1 >>> 0 <= 9 &&
        y2 >>> 0 <= 9 &&
        y3 >>> 0 <= 9 &&
        m0 >>> 0 <= 9 &&
        m1 >>> 0 <= 9 &&
        d0 >>> 0 <= 9 &&
        d1 >>> 0 <= 9
      ) {
        const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
        const month = m0 * 10 + m1;
        const day = d0 * 10 + d1;
        const found = year >= 100 ? realCivilDay(year, month, day) : NaN;
        if (!Number.isNaN(found)) {
          evidence?.addYearFirst();
          return found;
        }
      }
    }
    if (
      index < this.count &&
      ((this.flags[index] ?? 0) & ESCAPED) === 0 &&
      this.split(start, end)
    ) {
      const day = this.plainDate(column, evidence, index);
      if (!Number.isNaN(day)) return day;
    }
    const text = this.text(index);
    evidence?.addCell(text);
    const reading = readDateCell(text, column, false);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  /** Splits digits[-/.]digits[-/.]digits into parts; false for anything else. */
  private split(start: number, end: number): boolean {
    let i = this.digits(start, end);
    if (this.partDigits === 0 || this.partDigits > 4) return false;
    this.partA = this.partValue;
    this.digitsA = this.partDigits;
    if (i >= end || !isSeparator(this.bytes[i] ?? 0)) return false;
    i = this.digits(i + 1, end);
    if (this.partDigits === 0 || this.partDigits > 2) return false;
    this.partB = this.partValue;
    if (i >= end || !isSeparator(this.bytes[i] ?? 0)) return false;
    i = this.digits(i + 1, end);
    if (this.partDigits === 0 || this.partDigits > 4) return false;
    this.partC = this.partValue;
    this.digitsC = this.partDigits;
    return i === end;
  }

  /** Reads the digits from `start` into partValue and partDigits; returns where they stop. */
  private digits(start: number, end: number): number {
    const bytes = this.bytes;
    let value = 0;
    let i = start;
    while (i < end) {
      const d = (bytes[i] ?? 0) - ZERO;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
      i++;
    }
    this.partValue = value;
    this.partDigits = i - start;
    return i;
  }

  /**
   * The day of a date split into parts, as readDateCell gives it; NaN when the general reader
   * must decide (an impossible day, a year before 100, an order the column does not settle).
   */
  private plainDate(column: ColumnMapping, evidence: DateEvidence | null, index: number): number {
    const day = dayOfDateParts(
      this.partA,
      this.digitsA,
      this.partB,
      this.partC,
      this.digitsC,
      column.dateOrder,
    );
    if (Number.isNaN(day)) return NaN;
    if (this.digitsA === 4) evidence?.addYearFirst();
    else evidence?.addDayMonth(this.partA, this.partB, this, index);
    return day;
  }

  number(column: ColumnMapping, evidence: NumberEvidenceTally | null): number {
    this.problem = null;
    const index = column.index;
    if (index < this.count) {
      const start = this.starts[index] ?? 0;
      const end = this.ends[index] ?? 0;
      if (start === end) return NaN;
      const bytes = this.bytes;
      const negative = bytes[start] === DASH;
      let i = negative ? start + 1 : start;
      const digits = end - i;
      if (digits > 0 && digits <= MAX_PLAIN_DIGITS && ((this.flags[index] ?? 0) & ESCAPED) === 0) {
        let value = 0;
        for (; i < end; i++) {
          const d = (bytes[i] ?? 0) - ZERO;
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
    if (((this.flags[index] ?? 0) & ESCAPED) !== 0) return labels.ofText(this.text(index).trim());
    const start = this.starts[index] ?? 0;
    const end = this.ends[index] ?? 0;
    const id = labels.known(this.bytes, start, end);
    return id >= 0 ? id : labels.learn(this.text(index).trim());
  }

  fingerprint(index: number, keys: FingerprintList): void {
    if (index >= this.count) return;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    if (start === end) return;
    const first = this.bytes[start] as number;
    const last = this.bytes[end - 1] as number;
    // Printable ASCII at both ends: trimming changes nothing, so the bytes are the text.
    const trimmed = first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80;
    if (trimmed && ((this.flags[index] as number) & ESCAPED) === 0) {
      keys.add(this.bytes, start, end);
      return;
    }
    const text = this.text(index).trim();
    if (text === '') return;
    const bytes = utf8Bytes(text);
    keys.add(bytes, 0, bytes.length);
  }
}
