import { dayFromParts, daysInMonth } from '../../records/calendar-day';
import type { CalendarDay } from '../../records/calendar-day';
import type { PeriodSpan } from './types';

const MONTH_NAMES = new Map<string, number>([
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i): [string, number][] => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
  ['sept', 9],
  // German and French spellings seen in European exports (accents are stripped before lookup).
  ['januar', 1],
  ['februar', 2],
  ['marz', 3],
  ['maerz', 3],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['oktober', 10],
  ['okt', 10],
  ['dezember', 12],
  ['dez', 12],
  ['janv', 1],
  ['fevr', 2],
  ['fev', 2],
  ['mars', 3],
  ['avr', 4],
  ['avril', 4],
  ['juin', 6],
  ['juil', 7],
  ['aout', 8],
]);

export function monthFromName(name: string): number | null {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTH_NAMES.get(key) ?? null;
}

/**
 * Two-digit years follow the POSIX rule: 69–99 are 1969–1999, 00–68 are 2000–2068. Delivery data
 * is recent, and a year read wrongly is then flagged as far outside the data's range.
 */
export function expandYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

/** The calendar day of year-month-day, or null when there is no such day (2019-02-29). */
export function validDay(year: number, month: number, dayOfMonth: number): CalendarDay | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (dayOfMonth > daysInMonth(year, month)) return null;
  return dayFromParts(year, month, dayOfMonth);
}

export function monthSpan(year: number, month: number): PeriodSpan {
  const start = dayFromParts(year, month, 1);
  return {
    granularity: 'month',
    start,
    end: start + daysInMonth(year, month) - 1,
    label: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
  };
}

export function quarterSpan(year: number, quarter: number): PeriodSpan {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    granularity: 'quarter',
    start: dayFromParts(year, firstMonth, 1),
    end: dayFromParts(year, firstMonth + 3, 1) - 1,
    label: `${String(year).padStart(4, '0')}-Q${quarter}`,
  };
}

const YEAR_MONTH = /^(\d{4})\s*(?:[-/.]|-?M)\s*(\d{1,2})$/i;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAME_YEAR = /^(\p{L}+)\.?[\s\-'’/.,]*(\d{4}|\d{2})$/u;
const YEAR_NAME = /^(\d{4})[\s\-/.,]*(\p{L}+)\.?$/u;
const YEAR_QUARTER = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i;
const QUARTER_YEAR = /^Q([1-4])\s*[-/ ']?\s*(\d{4}|\d{2})$/i;
const NQ_YEAR = /^([1-4])Q\s*[-/ ']?\s*(\d{4}|\d{2})$/i;

function monthOrNull(year: number, month: number): PeriodSpan | null {
  return month >= 1 && month <= 12 ? monthSpan(year, month) : null;
}

/** A month or quarter label: `2019-06`, `2019/06`, `06/2019`, `Jun 2019`, `Jun-19`, `2019-Q2`, `Q2 2019`, `2019Q2`, `2Q19`. */
export function parsePeriodText(text: string): PeriodSpan | null {
  const value = text.trim();
  let match = YEAR_QUARTER.exec(value);
  if (match) return quarterSpan(Number(match[1]), Number(match[2]));
  match = QUARTER_YEAR.exec(value) ?? NQ_YEAR.exec(value);
  if (match) return quarterSpan(expandYear(match[2] ?? ''), Number(match[1]));
  match = YEAR_MONTH.exec(value);
  if (match) return monthOrNull(Number(match[1]), Number(match[2]));
  match = MONTH_YEAR.exec(value);
  if (match) return monthOrNull(Number(match[2]), Number(match[1]));
  match = NAME_YEAR.exec(value);
  if (match) {
    const month = monthFromName(match[1] ?? '');
    return month === null ? null : monthSpan(expandYear(match[2] ?? ''), month);
  }
  match = YEAR_NAME.exec(value);
  if (match) {
    const month = monthFromName(match[2] ?? '');
    return month === null ? null : monthSpan(Number(match[1]), month);
  }
  return null;
}
