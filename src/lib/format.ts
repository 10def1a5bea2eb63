import type { Goal } from '../domain/metrics/types';
import type { CalendarDay } from '../domain/records/calendar-day';
import { formatGoal } from '../domain/view/goal';

/** Shown where a figure is none (not computable or not in the data). */
export const NONE = '—';

const MS_PER_DAY = 86_400_000;

/**
 * Number and date formats of the browser's locale (undefined = the runtime's default locale).
 * Formatters are costly to build and the KPI grid formats a dozen numbers per render, so they
 * are made once per locale.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A count or rate with thousands separators: whole numbers from 10 up, one decimal below (the
 * per-day rate of a monthly figure spread over the month can be 6.3).
 */
export function formatCount(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const digits = Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0;
  const text = numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  // Rounding a tiny negative gives "-0"; a count is never below zero by rounding alone.
  return Object.is(Math.round(value * 10) / 10, -0) ? text.replace(/^[-−]/, '') : text;
}

/** A chance of 0–100 as a percentage. Near-certain and near-impossible keep a decimal (99.7 %). */
export function formatChance(percent: number | null, locale?: string): string {
  if (percent === null || !Number.isFinite(percent)) return NONE;
  const nearEdge = (percent > 0 && percent < 1) || (percent > 99 && percent < 100);
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: nearEdge ? 1 : 0 }).format(
    percent / 100,
  );
}

/** "June 29, 2019" in English; the locale's long date elsewhere. Calendar days carry no zone. */
export function formatDay(day: CalendarDay | null, locale?: string): string {
  if (day === null) return NONE;
  const key = `d|${locale ?? ''}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format.format(new Date(day * MS_PER_DAY));
}

/** "33,000–36,000" or "100,000". */
export function formatGoalRange(goal: Goal, locale?: string): string {
  return formatGoal(goal, (value) => formatCount(value, locale));
}
