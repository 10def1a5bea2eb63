import type { CalendarDay } from '../records/calendar-day';
import { dayFromParts, partsFromDay } from '../records/calendar-day';
import type { FiscalYearStartMonth, Period, PeriodKind } from './types';

/** English month names, January first: index with month − 1. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    id: `${year}-${pad2(month)}`,
    label: `${MONTH_NAMES[month - 1] ?? ''} ${year}`,
    start: dayFromParts(year, month, 1),
    // Day 0 of the next month is the last day of this one; Date.UTC rolls the year over.
    end: dayFromParts(year, month + 1, 0),
  };
}

/**
 * Builds the fiscal quarter `quarter` (1–4) of fiscal year `fiscalYear`. A fiscal year is named
 * by the calendar year in which it ends, so with a start in October, Oct 2019–Sep 2020 is FY2020.
 * With the start in January the fiscal year is the calendar year and ids stay plain ("2019-Q2").
 */
function quarterPeriod(
  fiscalYear: number,
  quarter: number,
  fiscalStart: FiscalYearStartMonth,
): Period {
  const firstYear = fiscalStart === 1 ? fiscalYear : fiscalYear - 1;
  // Months counted from January of firstYear; Date.UTC carries month overflow into the year.
  const startMonth = fiscalStart + 3 * (quarter - 1);
  const start = dayFromParts(firstYear, startMonth, 1);
  const end = dayFromParts(firstYear, startMonth + 3, 0);
  const calendar = fiscalStart === 1;
  return {
    kind: 'quarter',
    id: calendar ? `${fiscalYear}-Q${quarter}` : `FY${fiscalYear}-Q${quarter}`,
    label: calendar ? `${fiscalYear} Q${quarter}` : `FY${fiscalYear} Q${quarter}`,
    start,
    end,
  };
}

/** The month or (fiscal) quarter that holds `day`. */
export function periodOf(
  day: CalendarDay,
  kind: PeriodKind,
  fiscalStart: FiscalYearStartMonth = 1,
): Period {
  const { year, month } = partsFromDay(day);
  if (kind === 'month') return monthPeriod(year, month);
  const monthsIntoFiscalYear = (month - fiscalStart + 12) % 12;
  const quarter = Math.floor(monthsIntoFiscalYear / 3) + 1;
  const fiscalYear = fiscalStart === 1 || month < fiscalStart ? year : year + 1;
  return quarterPeriod(fiscalYear, quarter, fiscalStart);
}

const MONTH_ID = /^(\d{4})-(\d{2})$/;
const QUARTER_ID = /^(FY)?(\d{4})-Q([1-4])$/;

/**
 * Reads a period id ("2019-06", "2019-Q2", "FY2020-Q1") and returns the period in the scheme of
 * `fiscalStart`, or null when the id is malformed or names no period of that scheme. A calendar
 * quarter id is accepted under a fiscal start whose quarters coincide with calendar quarters
 * (start 4, 7 or 10) and comes back under its fiscal id; "FYyyyy-Qn" with start 1 comes back as
 * the plain calendar id. That way an id restored from a link always matches `listPeriods`.
 */
export function periodById(id: string, fiscalStart: FiscalYearStartMonth = 1): Period | null {
  const month = MONTH_ID.exec(id);
  if (month) {
    const monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) return null;
    return monthPeriod(Number(month[1]), monthNumber);
  }
  const quarter = QUARTER_ID.exec(id);
  if (!quarter) return null;
  const isFiscal = quarter[1] === 'FY';
  const year = Number(quarter[2]);
  const quarterNumber = Number(quarter[3]);
  const named = isFiscal
    ? quarterPeriod(year, quarterNumber, fiscalStart)
    : quarterPeriod(year, quarterNumber, 1);
  const canonical = periodOf(named.start, 'quarter', fiscalStart);
  return canonical.start === named.start && canonical.end === named.end ? canonical : null;
}

/**
 * The fiscal start month a quarter was built with, read back from its id and start: quarter n of
 * a fiscal year starts 3·(n − 1) months after the fiscal start. Months and calendar quarters give 1.
 */
export function fiscalStartOf(period: Period): FiscalYearStartMonth {
  const quarter = QUARTER_ID.exec(period.id);
  if (period.kind === 'month' || !quarter || quarter[1] !== 'FY') return 1;
  const startMonth = partsFromDay(period.start).month;
  const offset = 3 * (Number(quarter[3]) - 1);
  return (((((startMonth - 1 - offset) % 12) + 12) % 12) + 1) as FiscalYearStartMonth;
}

/** The period of the same kind and scheme just before `period`. */
export function previousPeriod(period: Period): Period {
  return periodOf(period.start - 1, period.kind, fiscalStartOf(period));
}

/** The period of the same kind and scheme just after `period`. */
export function nextPeriod(period: Period): Period {
  return periodOf(period.end + 1, period.kind, fiscalStartOf(period));
}

/** The `count` periods before `period`, nearest first. */
export function previousPeriods(period: Period, count: number): Period[] {
  const result: Period[] = [];
  let current = period;
  for (let i = 0; i < count; i++) {
    current = previousPeriod(current);
    result.push(current);
  }
  return result;
}

/** 1 on the period's first day. Days outside the period give values below 1 or above its length. */
export function dayOfPeriod(day: CalendarDay, period: Period): number {
  return day - period.start + 1;
}

/** How many calendar days the period has (90 for 2019 Q1, 30 for June). */
export function periodDays(period: Period): number {
  return period.end - period.start + 1;
}

export function periodContains(period: Period, day: CalendarDay): boolean {
  return day >= period.start && day <= period.end;
}
