import type { CalendarDay } from '../records/calendar-day';

const MS_PER_DAY = 86_400_000;

/**
 * Number and date text for charts. `locale` undefined = the browser's locale. Dates are formatted
 * in UTC because calendar days are UTC midnights: any other zone could show the previous day.
 */
export interface ChartFormat {
  /** Axis numbers: whole, with thousands separators ("12,345"). */
  axisNumber(value: number): string;
  /** Exact values for tooltips and tables: up to one decimal (monthly data spread over days). */
  exactNumber(value: number | null): string;
  /** A share 0–1 as a percentage ("41.5 %" in the locale's style). */
  percent(share: number | null): string;
  /** "Jun 29". */
  shortDay(day: CalendarDay): string;
  /** "Jun 29, 2019". */
  longDay(day: CalendarDay): string;
  /** "Jun 2019". */
  month(day: CalendarDay): string;
}

const NO_VALUE = '–';

export function chartFormat(locale?: string): ChartFormat {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const shortDay = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const longDay = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = (day: CalendarDay) => new Date(day * MS_PER_DAY);
  return {
    axisNumber: (value) => whole.format(value),
    exactNumber: (value) =>
      value === null || Number.isNaN(value) ? NO_VALUE : exact.format(value),
    percent: (share) => (share === null || Number.isNaN(share) ? NO_VALUE : percent.format(share)),
    shortDay: (day) => shortDay.format(date(day)),
    longDay: (day) => longDay.format(date(day)),
    month: (day) => month.format(date(day)),
  };
}

/**
 * How a region stands against its target, in words: gap = target − projected total.
 * "behind by 1,200", "ahead by 300", "on target".
 */
export function gapInWords(gap: number, format: ChartFormat): string {
  const rounded = Math.round(gap);
  if (rounded === 0) return 'on target';
  return rounded > 0
    ? `behind by ${format.axisNumber(rounded)}`
    : `ahead by ${format.axisNumber(-rounded)}`;
}
