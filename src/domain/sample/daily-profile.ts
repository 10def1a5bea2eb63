import type { Prng } from './prng';
import type { SampleDay } from './sample-calendar';

/** How a continent's deliveries ramp: North America by truck, Europe and China by ship. */
export type WaveStyle = 'north-america' | 'overseas';

const SATURDAY = 6;
const SUNDAY = 0;
/** The last two weeks of a quarter, when weekend deliveries become normal. */
const PUSH_DAYS = 14;
/** Almost nobody takes delivery of a car on these days (month * 100 + day; 2019 Thanksgiving). */
const HOLIDAYS: Readonly<Record<WaveStyle, ReadonlySet<number>>> = {
  'north-america': new Set([101, 704, 1128, 1225]),
  overseas: new Set([101, 1225]),
};
const HOLIDAY_FACTOR = 0.05;

function holidayFactor(day: SampleDay, style: WaveStyle): number {
  return HOLIDAYS[style].has(day.month * 100 + day.dayOfMonth) ? HOLIDAY_FACTOR : 1;
}

function weekendFactor(day: SampleDay, saturday: number, sunday: number): number {
  if (day.weekday === SATURDAY) return saturday;
  if (day.weekday === SUNDAY) return sunday;
  return 1;
}

/**
 * Relative weights for the days of one month's deliveries. Deliveries ramp up toward the end of
 * each month and more in the quarter's last month. North America, served by truck, climbs to a
 * plateau over the last third of the quarter (capacity: carriers and delivery staff); overseas
 * markets bunch harder at the very end because the ships arrive late. Weekends are quiet except
 * in the last two weeks of the quarter, when staff pulled from other departments deliver on
 * Saturdays and Sundays too.
 */
export function deliveryWeights(days: readonly SampleDay[], style: WaveStyle, rng: Prng): number[] {
  return days.map((day) => {
    const t = (day.dayOfMonth - 0.5) / day.daysInMonth;
    const lastMonth = day.monthOfQuarter === 2;
    const pushing = day.daysToQuarterEnd < PUSH_DAYS;
    if (style === 'north-america') {
      const ramp = lastMonth ? 0.75 + 0.55 * Math.min(1, t / 0.6) : 1 + 0.3 * t;
      const weekend = pushing ? weekendFactor(day, 0.9, 0.8) : weekendFactor(day, 0.5, 0.25);
      return ramp * weekend * holidayFactor(day, style) * (0.95 + 0.1 * rng());
    }
    const ramp = lastMonth ? 1 + 2.5 * t * t : 1 + 0.6 * t;
    const weekend = pushing ? weekendFactor(day, 0.8, 0.65) : weekendFactor(day, 0.35, 0.12);
    return ramp * weekend * holidayFactor(day, style) * (0.7 + 0.6 * rng());
  });
}

/**
 * Production runs in shifts: steady on weekdays, reduced on Saturdays, little on Sundays, and
 * climbing a few per cent through each quarter as the lines speed up.
 */
export function productionWeights(days: readonly SampleDay[], rng: Prng): number[] {
  return days.map((day) => {
    const ramp = 0.94 + 0.12 * day.quarterProgress;
    const holiday = holidayFactor(day, 'north-america');
    return ramp * weekendFactor(day, 0.55, 0.2) * holiday * (0.95 + 0.1 * rng());
  });
}

/** Orders come in online every day, a little fewer at weekends, with day-to-day scatter. */
export function orderWeights(days: readonly SampleDay[], rng: Prng): number[] {
  return days.map((day) => weekendFactor(day, 0.85, 0.75) * (0.75 + 0.5 * rng()));
}

/**
 * The share of open orders that has no delivery date yet: high early in a quarter, when most
 * orders are new, down to about 40 % at its end (late June 2019 in North America: about 5,000 of
 * 12,000 open orders were unscheduled).
 */
export function unscheduledShares(days: readonly SampleDay[], rng: Prng): number[] {
  return days.map((day) => 0.4 + 0.2 * (1 - day.quarterProgress) + 0.03 * (rng() - 0.5));
}
