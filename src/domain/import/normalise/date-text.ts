import type { CalendarDay } from '../../records/calendar-day';
import { expandYear, monthFromName, validDay } from './calendar-text';

/** A date as written, before the column's day/month order is applied. */
export type DateText =
  /** The order is certain: ISO, compact ISO, or a month written as a name. */
  | { kind: 'ymd'; year: number; month: number; day: number }
  /** `29/06/2019` or `06/29/2019`: which of first and second is the day depends on the column. */
  | { kind: 'xy'; first: number; second: number; year: number }
  /** A spreadsheet serial number written as text. */
  | { kind: 'serial'; serial: number };

// A time after the date is allowed and dropped: the day is taken as written, no zone is applied.
const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})$/;
const XY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const DAY_NAME_YEAR =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-./]*(\p{L}+)\.?[\s\-./,]+(\d{4}|\d{2})$/u;
const NAME_DAY_YEAR = /^(?:\p{L}+\.?,?\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** The range in which a plain number in a date column is read as a spreadsheet serial (1954–2119). */
export const SERIAL_MIN = 20_000;
export const SERIAL_MAX = 80_000;

export function classifyDateText(text: string): DateText | null {
  const value = text.trim();
  let match = ISO.exec(value) ?? COMPACT_ISO.exec(value);
  if (match)
    return { kind: 'ymd', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = XY.exec(value);
  if (match) {
    return {
      kind: 'xy',
      first: Number(match[1]),
      second: Number(match[2]),
      year: expandYear(match[3] ?? ''),
    };
  }
  match = DAY_NAME_YEAR.exec(value);
  if (match) {
    const month = monthFromName(match[2] ?? '');
    if (month !== null) {
      return { kind: 'ymd', year: expandYear(match[3] ?? ''), month, day: Number(match[1]) };
    }
  }
  match = NAME_DAY_YEAR.exec(value);
  if (match) {
    const month = monthFromName(match[1] ?? '');
    if (month !== null)
      return { kind: 'ymd', year: Number(match[3]), month, day: Number(match[2]) };
  }
  if (SERIAL_TEXT.test(value)) return { kind: 'serial', serial: Number(value) };
  return null;
}

export function isSerial(value: number): boolean {
  return value >= SERIAL_MIN && value < SERIAL_MAX;
}

/**
 * Converts a spreadsheet serial (the whole part; the fraction is the time of day) to a calendar
 * day. 1900 system: serial 25569 is 1970-01-01 (valid from serial 61, after Lotus's phantom
 * 1900-02-29). 1904 system: serial 0 is 1904-01-01.
 */
export function dayFromSerial(serial: number, system: 1900 | 1904): CalendarDay {
  return Math.floor(serial) - (system === 1900 ? 25_569 : 24_107);
}

/** A compact ISO date given as a workbook number: 20190629. */
export function dayFromCompactNumber(value: number): CalendarDay | null {
  if (!Number.isInteger(value) || value < 19_000_101 || value > 21_001_231) return null;
  return validDay(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
}
