import { dayFromParts, daysInMonth, type CalendarDay } from '../records/calendar-day';

/** What the generator needs to know about one day of the sample year. */
export interface SampleDay {
  day: CalendarDay;
  /** 1–12 */
  month: number;
  /** 1–31 */
  dayOfMonth: number;
  daysInMonth: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** 0–3 */
  quarter: number;
  /** 0 = first month of the quarter … 2 = last */
  monthOfQuarter: number;
  /** 0 on the quarter's last day */
  daysToQuarterEnd: number;
  /** 0 on the quarter's first day, 1 on its last */
  quarterProgress: number;
}

/** 1970-01-01 was a Thursday. */
function weekdayOf(day: CalendarDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function sampleDays(year: number): SampleDay[] {
  const days: SampleDay[] = [];
  for (let month = 1; month <= 12; month++) {
    const quarter = Math.floor((month - 1) / 3);
    const quarterStart = dayFromParts(year, quarter * 3 + 1, 1);
    const quarterEnd = dayFromParts(year, quarter * 3 + 4, 1) - 1;
    const monthLength = daysInMonth(year, month);
    for (let dayOfMonth = 1; dayOfMonth <= monthLength; dayOfMonth++) {
      const day = dayFromParts(year, month, dayOfMonth);
      days.push({
        day,
        month,
        dayOfMonth,
        daysInMonth: monthLength,
        weekday: weekdayOf(day),
        quarter,
        monthOfQuarter: (month - 1) % 3,
        daysToQuarterEnd: quarterEnd - day,
        quarterProgress: (day - quarterStart) / (quarterEnd - quarterStart),
      });
    }
  }
  return days;
}
