import { expandYear } from '../normalise/calendar-text';
import type { ColumnMapping } from '../normalise/types';
import { civilDay, isRealDay, realCivilDay } from './civil-day';
import type { DateEvidence } from './column-evidence';

const DASH = 0x2d;
const SLASH = 0x2f;
const DOT = 0x2e;
const ZERO = 0x30;

function isSeparator(code: number): boolean {
  return code === DASH || code === SLASH || code === DOT;
}

/** What DateEvidence asks of a row to quote an ambiguous date. */
interface CellTexts {
  text(index: number): string;
}

/**
 * The day of a date split into parts, as readDateCell gives it: year first when the first part
 * has four digits, else day and month in the column's order. NaN when the general reader must
 * decide (an impossible day, a year before 100, an order the column does not settle).
 */
function dayOfDateParts(
  a: number,
  digitsA: number,
  b: number,
  c: number,
  digitsC: number,
  order: ColumnMapping['dateOrder'],
): number {
  if (digitsA === 4 && digitsC <= 2)
    return a < 100 || !isRealDay(a, b, c) ? NaN : civilDay(a, b, c);
  if (digitsA > 2 || (digitsC !== 4 && digitsC !== 2)) return NaN;
  const year = digitsC === 2 ? expandYear(String(c).padStart(2, '0')) : c;
  if (year < 100) return NaN;
  let month: number;
  let day: number;
  if (order === 'dmy') {
    month = b;
    day = a;
  } else if (order === 'mdy' || a === b) {
    month = a;
    day = b;
  } else return NaN;
  return isRealDay(year, month, day) ? civilDay(year, month, day) : NaN;
}

/**
 * Dates in their plain forms read from a text's char codes: 2019-06-29 by fixed positions, and
 * digits[-/.]digits[-/.]digits as readDateCell reads them. NaN means the general reader must
 * decide (another form, an impossible day, a year before 100, an order the column does not
 * settle); the caller then reads the cell's text.
 */
export class DateParts {
  private partA = 0;
  private partB = 0;
  private partC = 0;
  private digitsA = 0;
  private digitsC = 0;
  private partValue = 0;
  private partDigits = 0;

  read(
    text: string,
    start: number,
    end: number,
    column: ColumnMapping,
    evidence: DateEvidence | null,
    cells: CellTexts,
    index: number,
  ): number {
    if (end - start === 10 && text.charCodeAt(start + 4) === DASH) {
      const day = isoDay(text, start);
      if (!Number.isNaN(day)) {
        evidence?.addYearFirst();
        return day;
      }
    }
    if (!this.split(text, start, end)) return NaN;
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
    else evidence?.addDayMonth(this.partA, this.partB, cells, index);
    return day;
  }

  /** Splits digits[-/.]digits[-/.]digits into parts; false for anything else. */
  private split(text: string, start: number, end: number): boolean {
    let i = this.digits(text, start, end);
    if (this.partDigits === 0 || this.partDigits > 4) return false;
    this.partA = this.partValue;
    this.digitsA = this.partDigits;
    if (i >= end || !isSeparator(text.charCodeAt(i))) return false;
    i = this.digits(text, i + 1, end);
    if (this.partDigits === 0 || this.partDigits > 2) return false;
    this.partB = this.partValue;
    if (i >= end || !isSeparator(text.charCodeAt(i))) return false;
    i = this.digits(text, i + 1, end);
    if (this.partDigits === 0 || this.partDigits > 4) return false;
    this.partC = this.partValue;
    this.digitsC = this.partDigits;
    return i === end;
  }

  /** Reads the digits from `start` into partValue and partDigits; returns where they stop. */
  private digits(text: string, start: number, end: number): number {
    let value = 0;
    let i = start;
    while (i < end) {
      const d = text.charCodeAt(i) - ZERO;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
      i++;
    }
    this.partValue = value;
    this.partDigits = i - start;
    return i;
  }
}

/**
 * The day of yyyy-mm-dd at text[start, start + 10) (the dash at 4 already seen), or NaN: no
 * loop and no split, as unsigned a code below '0' is huge, so one comparison checks a digit.
 */
export function isoDay(text: string, start: number): number {
  if (text.charCodeAt(start + 7) !== DASH) return NaN;
  const y0 = text.charCodeAt(start) - ZERO;
  const y1 = text.charCodeAt(start + 1) - ZERO;
  const y2 = text.charCodeAt(start + 2) - ZERO;
  const y3 = text.charCodeAt(start + 3) - ZERO;
  const m0 = text.charCodeAt(start + 5) - ZERO;
  const m1 = text.charCodeAt(start + 6) - ZERO;
  const d0 = text.charCodeAt(start + 8) - ZERO;
  const d1 = text.charCodeAt(start + 9) - ZERO;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return year >= 100 ? realCivilDay(year, m0 * 10 + m1, d0 * 10 + d1) : NaN;
}
