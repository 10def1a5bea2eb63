import type { CalendarDay } from '../records/calendar-day';

export type PeriodKind = 'quarter' | 'month';

/**
 * A reporting period: a calendar (or fiscal) quarter, or a month. `start` and `end` are inclusive.
 * `id` is stable and URL-safe ("2019-Q2", "2019-06"; fiscal quarters "FY2020-Q1").
 * `label` is for people ("2019 Q2", "June 2019", "FY2020 Q1").
 */
export interface Period {
  kind: PeriodKind;
  id: string;
  label: string;
  start: CalendarDay;
  end: CalendarDay;
}

/** 1 = January (calendar quarters). 4 = fiscal year starting in April, and so on. */
export type FiscalYearStartMonth = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
