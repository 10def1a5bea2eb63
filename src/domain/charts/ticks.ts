import { dayFromParts, partsFromDay, type CalendarDay } from '../records/calendar-day';
import { weekStartOf } from './bucket';

/** About how wide a date label like "Jun 29" is, with room around it. */
const DATE_LABEL_PX = 56;

/** How many x ticks fit in `widthPx` without labels running into each other. */
export function maxTicksForWidth(widthPx: number, labelPx: number = DATE_LABEL_PX): number {
  return Math.max(2, Math.floor(widthPx / labelPx));
}

function stepped(start: CalendarDay, end: CalendarDay, step: number): CalendarDay[] {
  const ticks: CalendarDay[] = [];
  for (let day = start; day <= end; day += step) ticks.push(day);
  return ticks;
}

function mondays(start: CalendarDay, end: CalendarDay, everyWeeks: number): CalendarDay[] {
  let first = weekStartOf(start);
  if (first < start) first += 7;
  return stepped(first, end, 7 * everyWeeks);
}

/** Days of the month `days` (e.g. the 1st and 15th) between start and end. */
function daysOfMonth(start: CalendarDay, end: CalendarDay, days: readonly number[]): CalendarDay[] {
  const ticks: CalendarDay[] = [];
  const { year, month } = partsFromDay(start);
  for (let offset = 0; ; offset++) {
    const first = dayFromParts(year, month + offset, 1);
    if (first > end) return ticks;
    for (const dayOfMonth of days) {
      const day = dayFromParts(year, month + offset, dayOfMonth);
      if (day >= start && day <= end) ticks.push(day);
    }
  }
}

function firstOfMonths(start: CalendarDay, end: CalendarDay, everyMonths: number): CalendarDay[] {
  return daysOfMonth(start, end, [1]).filter((day) => {
    const { year, month } = partsFromDay(day);
    return (year * 12 + month - 1) % everyMonths === 0;
  });
}

/**
 * Calendar-friendly x ticks for a range of days: every day, every other day, Mondays, the 1st and
 * 15th, or firsts of months, whichever is the finest that fits `maxTicks` labels.
 */
export function dayTicks(start: CalendarDay, end: CalendarDay, maxTicks: number): CalendarDay[] {
  if (end < start) return [];
  const candidates: (() => CalendarDay[])[] = [
    () => stepped(start, end, 1),
    () => stepped(start, end, 2),
    () => mondays(start, end, 1),
    () => daysOfMonth(start, end, [1, 15]),
    () => firstOfMonths(start, end, 1),
    () => firstOfMonths(start, end, 3),
    () => firstOfMonths(start, end, 6),
    () => firstOfMonths(start, end, 12),
  ];
  for (const candidate of candidates) {
    const ticks = candidate();
    if (ticks.length <= maxTicks && ticks.length > 0) return ticks;
  }
  return [start, end].slice(0, Math.max(1, maxTicks));
}

/** Ticks for "day 1 … day N of the period": 1 and multiples of a round step. */
export function dayOfPeriodTicks(lastDay: number, maxTicks: number): number[] {
  if (lastDay < 1) return [];
  for (const step of [1, 2, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365]) {
    const ticks = [1];
    for (let day = step; day <= lastDay; day += step) if (day > 1) ticks.push(day);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [1, lastDay];
}

/** Steps between labelled categories: whole years of quarters (4) and their multiples. */
const CATEGORY_STEPS = [1, 2, 4, 8, 12, 20, 40, 80, 200, 400];

/**
 * Which of `labels` (categories in order, one per band) an axis writes when they do not all fit
 * in `maxTicks`: every step-th, counted back from the last so the latest is always written.
 */
export function categoryTicks<T>(labels: readonly T[], maxTicks: number): T[] {
  const n = labels.length;
  const step = CATEGORY_STEPS.find((s) => Math.ceil(n / s) <= maxTicks) ?? Math.ceil(n / maxTicks);
  return labels.filter((_, i) => (n - 1 - i) % step === 0);
}

/** Roughly how wide one character of axis text is (12 px system font), and the tick's padding. */
const CHAR_PX = 7.5;
const AXIS_PADDING_PX = 14;

/**
 * A y-axis width that fits its widest label: the longest of the formatted extreme values, since
 * the nice ticks Recharts picks never have more digits than the rounded-up maximum.
 */
export function yAxisWidth(
  values: readonly (number | null)[],
  format: (value: number) => string,
): number {
  let lowest = 0;
  let highest = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  let widest = format(0).length;
  for (const extreme of [lowest, highest]) {
    // The top tick can lie a step above the data and have one digit more (9,600 → 12,000).
    const magnitude = 10 ** Math.floor(Math.log10(Math.abs(extreme) || 1));
    const rounded = Math.sign(extreme) * (Math.ceil(Math.abs(extreme) / magnitude) + 1) * magnitude;
    widest = Math.max(widest, format(extreme).length, format(rounded).length);
  }
  return Math.ceil(widest * CHAR_PX + AXIS_PADDING_PX);
}

/**
 * The smallest "round" whole number ≥ value (1, 2, 2.5 or 5 × a power of ten, never below 1 and
 * never 2.5): the axes count vehicles and print whole numbers, so a step of 0.25 would label the
 * ticks 0, 0, 1, 1, 1.
 */
function wholeRoundStep(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of magnitude >= 10 ? [1, 2, 2.5, 5] : [1, 2, 5]) {
    // Float noise: 0.3 / 0.1 is 2.9999999999999996.
    if (step * magnitude >= value * (1 - 1e-12)) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * A y scale from 0 with round whole ticks at most `intervals` steps apart, for charts that must
 * share one scale (the per-region small multiples): 66,439 → 0, 20,000 … 80,000.
 */
export function niceScale(max: number, intervals = 4): { top: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { top: 1, ticks: [0, 1] };
  const step = wholeRoundStep(max / intervals);
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[count] ?? step, ticks };
}
