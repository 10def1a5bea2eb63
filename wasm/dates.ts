// yyyy-mm-dd cells to calendar days, as CenturyIsoDays (plain-bytes.ts) reads them.
import { DASH, MONTH_BITS, MONTHS, MONTHS_BYTES, REFUSED, ZERO } from './layout';

let firstYear: i32 = 2000;
let lastYear: i32 = 2100;

/** The years days are taken from; the months learned are forgotten. */
export function setYears(from: i32, to: i32): void {
  firstYear = from;
  lastYear = to;
  memory.fill(MONTHS, 0, MONTHS_BYTES);
}

/** CenturyIsoDays.day: yyyy-mm-dd of firstYear–lastYear at `at`, or REFUSED. */
export function isoDay(at: usize): i32 {
  // A file names the same few dozen months millions of times: by "yyyy-mm-", each month's day
  // before its first and its length are remembered.
  const key = load<u64>(at);
  const slot =
    MONTHS +
    ((<usize>(
      ((<u32>(((<i32>key) ^ (<i32>(key >> 32) * <i32>0x9e3779b1)) * <i32>0x85ebca6b)) >>>
        (32 - MONTH_BITS))
    )) <<
      4);
  if (load<u64>(slot) != key) learnMonth(at, slot, key);
  const d0 = <u32>load<u8>(at + 8) - ZERO;
  const d1 = <u32>load<u8>(at + 9) - ZERO;
  if (d0 > 9 || d1 > 9) return REFUSED;
  const dayOfMonth = <i32>(d0 * 10 + d1);
  if (dayOfMonth < 1 || dayOfMonth > load<i32>(slot + 12)) return REFUSED;
  return load<i32>(slot + 8) + dayOfMonth;
}

/** Fills a month slot: its key, the day before its first, its length (0: not a month taken). */
function learnMonth(at: usize, slot: usize, key: u64): void {
  store<u64>(slot, key);
  store<i32>(slot + 8, 0);
  store<i32>(slot + 12, 0);
  if (<u32>load<u8>(at + 4) != DASH || <u32>load<u8>(at + 7) != DASH) return;
  let year: i32 = 0;
  for (let k: usize = 0; k < 4; k++) {
    const digit = <u32>load<u8>(at + k) - ZERO;
    if (digit > 9) return;
    year = year * 10 + <i32>digit;
  }
  const m0 = <u32>load<u8>(at + 5) - ZERO;
  const m1 = <u32>load<u8>(at + 6) - ZERO;
  if (m0 > 9 || m1 > 9) return;
  const month = <i32>(m0 * 10 + m1);
  if (year < firstYear || year > lastYear || month < 1 || month > 12) return;
  store<i32>(slot + 8, civilDay(year, month, 1) - 1);
  store<i32>(slot + 12, monthLength(year, month));
}

function monthLength(year: i32, month: i32): i32 {
  if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** civil-day.ts civilDay for years from 1 on (no negative eras). */
function civilDay(year: i32, month: i32, dayOfMonth: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = y / 400;
  const yearOfEra = y - era * 400;
  const dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
