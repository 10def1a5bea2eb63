import { SSF } from '@e965/xlsx';
import type { CalendarDay } from '../../records/calendar-day';

export type DateSystem = 1900 | 1904;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in each system, for serials past the Lotus leap-year bug. */
const UNIX_EPOCH_SERIAL: Record<DateSystem, number> = { 1900: 25569, 1904: 24107 };
/** 1900-02-29 does not exist, but Lotus 1-2-3 (and so Excel) gave it serial 60. */
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last day a workbook can hold, in each system. */
const LAST_SERIAL: Record<DateSystem, number> = { 1900: 2958465, 1904: 2957003 };

/**
 * The calendar day of a date serial, or null when the serial names no real day (1900-01-00,
 * the fictitious 1900-02-29, negative serials, past 9999). Pure arithmetic on the serial: no
 * Date object, so the machine's time zone cannot move the day. The fraction is the time of day.
 */
export function dayFromSerial(serial: number, dateSystem: DateSystem): CalendarDay | null {
  if (!Number.isFinite(serial)) return null;
  // Round to the millisecond first: 44035.99999999999 from float arithmetic means midnight.
  const wholeDays = Math.floor(Math.round(serial * MS_PER_DAY) / MS_PER_DAY);
  if (wholeDays > LAST_SERIAL[dateSystem]) return null;
  if (dateSystem === 1904) return wholeDays < 0 ? null : wholeDays - UNIX_EPOCH_SERIAL[1904];
  if (wholeDays < 1 || wholeDays === FICTITIOUS_LEAP_DAY) return null;
  // Serials before the fictitious leap day are one day later than the arithmetic says.
  const lotusShift = wholeDays < FICTITIOUS_LEAP_DAY ? 1 : 0;
  return wholeDays - UNIX_EPOCH_SERIAL[1900] + lotusShift;
}

// SheetJS types SSF as `any`; this is the one function used from it.
const isSsfDateFormat: (format: string) => boolean = SSF.is_date;

const QUOTED_OR_BRACKETED = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;
const DATE_PART = /[yde]/i;

/**
 * True when a number format shows a calendar date (year, day or era). Time-only and duration
 * formats (h:mm, [h]:mm:ss) are not dates: they stay numbers, as a day count would be wrong.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || !isSsfDateFormat(format)) return false;
  return DATE_PART.test(format.replace(QUOTED_OR_BRACKETED, ''));
}
