/**
 * The calendar day of a proleptic Gregorian date by integer arithmetic (Hinnant's
 * days_from_civil), for the hot path: dayFromParts goes through Date.UTC, which costs far more
 * per cell and maps years below 100 to the 1900s (callers send those the slow way).
 */
export function civilDay(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day names a real day; as validDay for years from 100 on. */
export function isRealDay(year: number, month: number, dayOfMonth: number): boolean {
  if (month < 1 || month > 12 || dayOfMonth < 1) return false;
  if (dayOfMonth <= (MONTH_DAYS[month] ?? 0)) return true;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && dayOfMonth === 29 && leap;
}

const CACHED_FROM_YEAR = 1900;
const CACHED_YEARS = 400;
/** Days of recent dates by year, month and day, filled as they are met: day + 1, or -1 when unreal. */
const cache = new Int32Array(CACHED_YEARS * 12 * 32);

/**
 * The calendar day of year-month-day, or NaN when there is no such day; as isRealDay and
 * civilDay (years from 100 on), but remembered for the years a delivery file has, where a file
 * names the same few hundred days millions of times.
 */
export function realCivilDay(year: number, month: number, dayOfMonth: number): number {
  const offset = year - CACHED_FROM_YEAR;
  if (offset < 0 || offset >= CACHED_YEARS || month < 1 || month > 12 || dayOfMonth > 31) {
    return isRealDay(year, month, dayOfMonth) ? civilDay(year, month, dayOfMonth) : NaN;
  }
  const key = (offset * 12 + month - 1) * 32 + dayOfMonth;
  const known = cache[key] as number;
  if (known > 0) return known - 1 - DAY_SHIFT;
  if (known < 0) return NaN;
  if (!isRealDay(year, month, dayOfMonth)) {
    cache[key] = -1;
    return NaN;
  }
  const day = civilDay(year, month, dayOfMonth);
  cache[key] = day + DAY_SHIFT + 1;
  return day;
}

/** Days from 1900 on are above -25,567: shifted, every cached day is positive. */
const DAY_SHIFT = 30_000;
