import { dayFromSerial } from '../workbook/date-serial';
import type { SheetContext } from './sheet-xml-scanner';
import { latinText, numberAt } from './xml-bytes';
import { CellKind, type XlsxRow } from './xlsx-row';

/** Whole serials whose day is kept: dates up to the year 2258. */
const CACHED_SERIALS = 1 << 17;
/** In the cache: not looked up yet (NaN), or not a calendar day. */
const NOT_A_DAY = -Infinity;

/**
 * Puts a cell's value into `row` as cellFromSheetJs gives it after SheetJS read it with the
 * app's options, from its type byte (n, s or b) and its `<v>` bytes (start -1: no `<v>`):
 * shared strings, numbers, dates by their style's number format, booleans. Anything else is
 * why the scan must stop; null when the value is put.
 */
export class SheetValueReader {
  private readonly context: SheetContext;
  // The day of each whole serial, worked out once: a sheet's dates repeat a few hundred days.
  private readonly days = new Float64Array(CACHED_SERIALS).fill(NaN);

  constructor(context: SheetContext) {
    this.context = context;
  }

  read(
    bytes: Uint8Array,
    type: number,
    valueStart: number,
    valueEnd: number,
    style: number,
    row: XlsxRow,
    column: number,
  ): string | null {
    // The usual value is a few digits: read in one pass, where no entity can be.
    let digits = 0;
    let k = valueStart;
    for (; k < valueEnd; k++) {
      const d = (bytes[k] as number) - 0x30;
      if (d < 0 || d > 9) break;
      digits = digits * 10 + d;
    }
    const whole = valueStart >= 0 && k === valueEnd && k > valueStart && k - valueStart <= 15;
    if (!whole) {
      for (let j = valueStart; j < valueEnd; j++) {
        if (bytes[j] === 0x26) return 'a value holds an XML entity';
      }
    }
    if (whole && (type === 0x6e || type === 0x73)) {
      return this.putWhole(type, digits, style, row, column) ? null : this.problemOf(type);
    }
    const hasValue = valueStart >= 0 && valueEnd > valueStart;
    switch (type) {
      case 0x6e /* n */: {
        if (!hasValue) {
          row.put(column, CellKind.empty, 0);
          return null;
        }
        const value = whole ? digits : numberAt(bytes, valueStart, valueEnd);
        if (Number.isNaN(value)) return 'a number is not a number';
        if (style < 0 || this.context.dateStyles[style] !== true) {
          row.put(column, CellKind.number, value);
          return null;
        }
        const day = this.dayOf(value);
        if (day === NOT_A_DAY) return 'a date is not a calendar day';
        row.put(column, CellKind.date, day);
        return null;
      }
      case 0x73 /* s */: {
        if (valueStart < 0) {
          row.put(column, CellKind.empty, 0);
          return null;
        }
        const index = whole ? digits : numberAt(bytes, valueStart, valueEnd);
        const text = this.context.strings[index];
        if (!Number.isInteger(index) || text === undefined) return 'a shared string is missing';
        row.put(column, text === '' ? CellKind.empty : CellKind.shared, index);
        return null;
      }
      case 0x62 /* b */: {
        const text = hasValue ? latinText(bytes.subarray(valueStart, valueEnd)) : '';
        row.put(column, text === '1' || text === 'true' ? CellKind.true : CellKind.false, 0);
        return null;
      }
      default:
        return 'cells of this type (formula text, inline, error, date) are read by the general reader';
    }
  }

  /**
   * Puts a number (n) or shared string (s) cell whose value is a whole number, as read() would;
   * false when read() would stop there (problemOf says why).
   */
  putWhole(type: number, value: number, style: number, row: XlsxRow, column: number): boolean {
    if (type === 0x73 /* s */) {
      const text = this.context.strings[value];
      if (text === undefined) return false;
      row.put(column, text === '' ? CellKind.empty : CellKind.shared, value);
      return true;
    }
    if (type !== 0x6e /* n */) return false;
    if (style < 0 || this.context.dateStyles[style] !== true) {
      row.put(column, CellKind.number, value);
      return true;
    }
    const day = this.dayOf(value);
    if (day === NOT_A_DAY) return false;
    row.put(column, CellKind.date, day);
    return true;
  }

  private problemOf(type: number): string {
    return type === 0x73 ? 'a shared string is missing' : 'a date is not a calendar day';
  }

  /** dayFromSerial in the 1900 system, NOT_A_DAY for null; whole serials from the cache. */
  private dayOf(serial: number): number {
    if (!Number.isInteger(serial) || serial < 0 || serial >= CACHED_SERIALS) {
      return dayFromSerial(serial, 1900) ?? NOT_A_DAY;
    }
    let day = this.days[serial] as number;
    if (Number.isNaN(day)) {
      day = dayFromSerial(serial, 1900) ?? NOT_A_DAY;
      this.days[serial] = day;
    }
    return day;
  }
}
